import { Stack } from 'aws-cdk-lib';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import {
  ConfigurationSet,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { LambdaSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';

export interface SignalsMailProps {
  /** The verified sending domain of the stage. */
  identity: string;
}

/**
 * SES for the digests: the sending identity, a configuration set whose bounce and complaint
 * events reach a topic, and (via `handleEvents`) the function that suppresses those addresses.
 */
export class SignalsMail extends Construct {
  readonly configurationSet: ConfigurationSet;
  readonly identityArn: string;
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: SignalsMailProps) {
    super(scope, id);
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {});
    new EmailIdentity(this, 'Identity', {
      identity: Identity.domain(props.identity),
      configurationSet: this.configurationSet,
    });
    this.topic = new Topic(this, 'Events', { enforceSSL: true });
    this.configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: EventDestination.snsTopic(this.topic),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    const stack = Stack.of(this);
    this.identityArn = stack.formatArn({
      service: 'ses',
      resource: 'identity',
      resourceName: props.identity,
    });
  }

  /** ARNs that `ses:SendEmail` must be allowed on. */
  get sendResources(): string[] {
    const stack = Stack.of(this);
    return [
      this.identityArn,
      stack.formatArn({
        service: 'ses',
        resource: 'configuration-set',
        resourceName: this.configurationSet.configurationSetName,
      }),
    ];
  }

  handleEvents(fn: IFunction) {
    this.topic.addSubscription(new LambdaSubscription(fn));
  }
}
