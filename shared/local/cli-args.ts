import { type ParseArgsConfig, parseArgs } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values<O extends Options> = {
  [K in keyof O]?: O[K]['multiple'] extends true
    ? string[]
    : O[K]['type'] extends 'boolean'
      ? boolean
      : string;
};

/**
 * A local command's options: `--help` prints the usage, an unknown option or a stray argument
 * is one line and the usage (exit 2), never a stack trace.
 */
export function cliArgs<O extends Options>(usage: string, options: O): Values<O> {
  let values: Record<string, string | boolean | Array<string | boolean> | undefined>;
  try {
    values = parseArgs({ options: { ...options, help: { type: 'boolean' } }, strict: true }).values;
  } catch (error) {
    console.error(`${(error as Error).message.split('\n')[0]}\n${usage.split('\n')[0]}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  return values as Values<O>;
}
