/**
 * The AWS SDK warns in nine lines, on every client, that its releases after early 2027 need
 * Node.js 22. Said once, in one line, for the local tools; every other warning passes as is.
 * Import this first.
 */
const emit = process.emitWarning.bind(process);
let said = false;
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const text = typeof warning === 'string' ? warning : warning.message;
  if (/AWS SDK for JavaScript \(v3\)/.test(text) || String(rest[0]).includes('NodeVersionSupportWarning')) {
    if (!said)
      console.error(
        'note: the AWS SDK asks for Node.js 22 for its releases after January 2027 (this project pins them).',
      );
    said = true;
    return;
  }
  return (emit as (...args: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;
