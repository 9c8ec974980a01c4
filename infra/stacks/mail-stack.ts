import { Stack, type StackProps } from 'aws-cdk-lib';
import { Key } from 'aws-cdk-lib/aws-kms';
import { StringParameter } from 'aws-cdk-lib/aws-ssm';
import type { Construct } from 'constructs';
import { stageParameters } from '../config/parameters.js';
import { SignalsMail } from '../constructs/signals-mail.js';

export interface MailStackProps extends StackProps {
  stage: string;
  /** The sending domain. */
  identity: string;
}

/**
 * The long-lived mail stack: the SES identity (and so its DKIM keys) outlives any redeploy of the
 * app stack. Its outputs are the DNS records to publish; the app stack finds the configuration
 * set and the events topic through SSM parameters.
 */
export class MailStack extends Stack {
  readonly mail: SignalsMail;

  constructor(scope: Construct, id: string, props: MailStackProps) {
    super(scope, id, props);
    const names = stageParameters(props.stage);
    const key = Key.fromKeyArn(this, 'DataKey', StringParameter.valueForStringParameter(this, names.keyArn));
    this.mail = new SignalsMail(this, 'Mail', { identity: props.identity, key });
    new StringParameter(this, 'ConfigurationSetParameter', {
      parameterName: names.configurationSetName,
      stringValue: this.mail.configurationSet.configurationSetName,
      description: 'Signals SES configuration set (read by the app stack)',
    });
    new StringParameter(this, 'EventsTopicParameter', {
      parameterName: names.mailEventsTopicArn,
      stringValue: this.mail.topic.topicArn,
      description: 'Signals SES bounce and complaint topic (read by the app stack)',
    });
  }
}
