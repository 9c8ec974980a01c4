import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { describe, expect, it } from 'vitest';
import { ControlTowerGuard } from '../../infra/guard/control-tower-guard.js';

/** A template of one resource, on disk as the synth leaves it. */
function template(resources: Record<string, unknown>) {
  const path = join(mkdtempSync(join(tmpdir(), 'guard-')), 'stack.template.json');
  writeFileSync(path, JSON.stringify({ Resources: resources }));
  return path;
}

describe('Control Tower rules (cfn-guard) in the synth', () => {
  it('reports a resource that breaks a rule, naming the rule and the resource', () => {
    const report = new ControlTowerGuard().validate({
      appConstruct: new App(),
      templatePaths: [template({ Plain: { Type: 'AWS::SQS::Queue', Properties: {} } })],
    });
    expect(report.success).toBe(false);
    const encrypted = report.violations.find((v) => v.ruleName === 'sqs_queue_encrypted_check');
    expect(encrypted?.violatingResources.map((r) => r.resourceLogicalId)).toEqual(['Plain']);
  });

  it('passes a resource that keeps the rules', () => {
    const report = new ControlTowerGuard().validate({
      appConstruct: new App(),
      templatePaths: [
        template({
          Dlq: { Type: 'AWS::SQS::Queue', Properties: { SqsManagedSseEnabled: true } },
          Queue: {
            Type: 'AWS::SQS::Queue',
            Properties: {
              SqsManagedSseEnabled: true,
              RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': ['Dlq', 'Arn'] }, maxReceiveCount: 3 },
            },
          },
        }),
      ],
    });
    expect(
      report.violations.filter((v) => v.violatingResources.some((r) => r.resourceLogicalId === 'Queue')),
    ).toEqual([]);
  });
});
