import { Validations } from 'aws-cdk-lib';
import type { IAlarm } from 'aws-cdk-lib/aws-cloudwatch';
import {
  type ILambdaDeploymentConfig,
  LambdaApplication,
  LambdaDeploymentConfig,
  LambdaDeploymentGroup,
} from 'aws-cdk-lib/aws-codedeploy';
import { Construct } from 'constructs';
import type { SignalsFunction } from './signals-function.js';

export interface SignalsDeploymentsProps {
  /** Every function; each one's `live` alias is moved by CodeDeploy. */
  functions: readonly SignalsFunction[];
  /** The API's functions: in a canary stage they shift traffic gradually. */
  apiFunctions: readonly SignalsFunction[];
  /** A function's own errors alarm. */
  errorAlarmOf: (f: SignalsFunction) => IAlarm;
  /** Alarms that roll back an API function as well (the API's 5xx rate). */
  apiAlarms: readonly IAlarm[];
  /** The stage config's `deployment`. */
  deployment: 'canary' | 'allAtOnce';
}

/**
 * Deploys that roll themselves back: a new version of a function goes live by CodeDeploy moving
 * its `live` alias (which every trigger invokes): in a canary stage the API's functions take 10%
 * of the traffic for 5 minutes first; the pipeline's always move at once. Any of the function's
 * alarms (and, for the API, its 5xx rate) going off during the deployment moves the alias back.
 */
export class SignalsDeployments extends Construct {
  readonly application: LambdaApplication;
  readonly groups = new Map<SignalsFunction, LambdaDeploymentGroup>();

  constructor(scope: Construct, id: string, props: SignalsDeploymentsProps) {
    super(scope, id);
    this.application = new LambdaApplication(this, 'Application');
    const api = new Set(props.apiFunctions);
    for (const f of props.functions) {
      const isApi = api.has(f);
      const deploymentConfig: ILambdaDeploymentConfig =
        isApi && props.deployment === 'canary'
          ? LambdaDeploymentConfig.CANARY_10PERCENT_5MINUTES
          : LambdaDeploymentConfig.ALL_AT_ONCE;
      const group = new LambdaDeploymentGroup(this, f.node.id, {
        application: this.application,
        alias: f.live,
        deploymentConfig,
        alarms: [props.errorAlarmOf(f), ...(isApi ? props.apiAlarms : [])],
        autoRollback: { failedDeployment: true, stoppedDeployment: true, deploymentInAlarm: true },
      });
      Validations.of(group).acknowledge({
        id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSCodeDeployRoleForLambdaLimited]',
        reason:
          "CodeDeploy's own managed role for Lambda deployments: it may only read the alarms and move aliases (the Limited policy).",
      });
      this.groups.set(f, group);
    }
  }
}
