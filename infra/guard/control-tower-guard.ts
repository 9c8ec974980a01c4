import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch } from 'node:os';
import { dirname, join } from 'node:path';
import {
  type CfnResource,
  type IPolicyValidationContextBeta1,
  type IPolicyValidationPluginBeta1,
  type PolicyValidationPluginReportBeta1,
  type PolicyViolationBeta1,
  Validations,
} from 'aws-cdk-lib';

/** The cfn-guard binary and AWS's Control Tower proactive control rules, as @cdklabs/cdk-validator-cfnguard ships them. */
const packageRoot = dirname(
  createRequire(import.meta.url).resolve('@cdklabs/cdk-validator-cfnguard/package.json'),
);
const GUARD = join(
  packageRoot,
  'bin',
  process.platform === 'darwin' ? 'macos' : 'ubuntu',
  arch() === 'arm64' ? 'aarch64' : 'x86_64',
  'cfn-guard',
);
const CONTROL_TOWER_RULES = join(packageRoot, 'rules', 'control-tower', 'cfn-guard');

type Json = Record<string, unknown>;
/** How acknowledgements name this plugin's rules (`cfn-guard-Control-Tower::<rule>`). */
const GUARD_PLUGIN = 'cfn-guard-Control-Tower';

/** The resources (logical ids) a cfn-guard rule result names, found by the paths it traversed. */
function resourcesOf(result: unknown): Set<string> {
  const ids = new Set<string>();
  const walk = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (k === 'path' && typeof v === 'string' && v.startsWith('/Resources/')) {
          const id = v.split('/')[2];
          if (id) ids.add(id);
        } else walk(v);
      }
    }
  };
  walk(result);
  return ids;
}

/** cfn-guard prints one JSON document per data file. */
function jsonDocuments(text: string): Json[] {
  const docs: Json[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === '}' && --depth === 0) docs.push(JSON.parse(text.slice(start, i + 1)) as Json);
  }
  return docs;
}

/**
 * AWS's Control Tower proactive controls over every synthesized template, run by cfn-guard as a
 * policy validation plugin beside cdk-nag. (The plugin class of @cdklabs/cdk-validator-cfnguard
 * 0.0.62 fails while reading cfn-guard 3.1's results for these templates; this runs the same binary
 * and rules and reads the results itself.) A rule a resource is exempt from is acknowledged on
 * that resource with the reason (exemptFromGuard).
 */
export class ControlTowerGuard implements IPolicyValidationPluginBeta1 {
  readonly name = 'cfn-guard Control Tower';
  static readonly pluginId = GUARD_PLUGIN;

  validate(context: IPolicyValidationContextBeta1): PolicyValidationPluginReportBeta1 {
    if (!existsSync(GUARD)) {
      return { success: false, violations: [], metadata: { error: `cfn-guard not found at ${GUARD}` } };
    }
    const violations: PolicyViolationBeta1[] = [];
    for (const templatePath of context.templatePaths) {
      const run = spawnSync(
        GUARD,
        ['validate', '-r', CONTROL_TOWER_RULES, '-d', templatePath, '-o', 'json', '--show-summary', 'none'],
        { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
      );
      if (run.status !== 0 && run.status !== 19) {
        return {
          success: false,
          violations: [],
          metadata: { error: `cfn-guard exited ${run.status}: ${run.stderr}` },
        };
      }
      for (const doc of jsonDocuments(run.stdout)) {
        for (const failed of (doc.not_compliant ?? []) as Array<{
          Rule: { name: string; checks?: unknown };
        }>) {
          const ids = [...resourcesOf(failed)];
          violations.push({
            ruleName: failed.Rule.name,
            description: `Control Tower proactive control ${failed.Rule.name}`,
            fix: 'Fix the resource, or exempt it with exemptFromGuard (infra/guard) and the reason',
            violatingResources: ids.map((resourceLogicalId) => ({
              resourceLogicalId,
              templatePath,
              locations: [],
            })),
          });
        }
      }
    }
    return { success: violations.length === 0, violations };
  }
}

/**
 * Exempts one resource from one Control Tower rule, with the reason, acknowledged on that resource
 * (as cdk-nag's findings are): the synth report lists it as suppressed, with the reason.
 */
export function exemptFromGuard(resource: CfnResource, rule: string, reason: string) {
  Validations.of(resource).acknowledge({ id: `${GUARD_PLUGIN}::${rule}`, reason });
}
