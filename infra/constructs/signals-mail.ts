import { CfnOutput, Stack } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import {
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
  MailFromBehaviorOnMxFailure,
  SuppressionReasons,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';

export interface SignalsMailProps {
  /** The domain mail is sent from. */
  identity: string;
  /** The stage's data key: the events topic is encrypted with it. */
  key: IKey;
}

/** The custom MAIL FROM domain of a sending domain: bounces go there, and SPF aligns with it. */
export const mailFromDomainOf = (identity: string) => `mail.${identity}`;

/**
 * SES for the digests, in the long-lived mail stack: the sending identity (Easy DKIM, custom
 * MAIL FROM), a configuration set that requires TLS, keeps reputation metrics and suppresses
 * addresses that bounce or complain, and a topic its bounce and complaint events reach.
 * Redeploying the app stack leaves all of it, and its DKIM keys, as they are.
 */
export class SignalsMail extends Construct {
  readonly configurationSet: ConfigurationSet;
  readonly identity: EmailIdentity;
  readonly topic: Topic;

  constructor(scope: Construct, id: string, props: SignalsMailProps) {
    super(scope, id);
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', {
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
      reputationMetrics: true,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });
    const mailFromDomain = mailFromDomainOf(props.identity);
    this.identity = new EmailIdentity(this, 'Identity', {
      identity: Identity.domain(props.identity),
      configurationSet: this.configurationSet,
      mailFromDomain,
      mailFromBehaviorOnMxFailure: MailFromBehaviorOnMxFailure.REJECT_MESSAGE,
    });
    this.topic = new Topic(this, 'Events', { enforceSSL: true, masterKey: props.key });
    this.configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: EventDestination.snsTopic(this.topic),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    // The DNS records the domain's owner publishes once: three DKIM CNAMEs and the MAIL FROM pair.
    const region = Stack.of(this).region;
    const dkim = [
      [this.identity.dkimDnsTokenName1, this.identity.dkimDnsTokenValue1],
      [this.identity.dkimDnsTokenName2, this.identity.dkimDnsTokenValue2],
      [this.identity.dkimDnsTokenName3, this.identity.dkimDnsTokenValue3],
    ] as const;
    dkim.forEach(([name, value], i) => {
      new CfnOutput(this, `DkimRecord${i + 1}`, {
        description: `DKIM CNAME ${i + 1} of ${props.identity}`,
        value: `${name} CNAME ${value}`,
      });
    });
    new CfnOutput(this, 'MailFromMx', {
      description: `MAIL FROM MX record of ${mailFromDomain}`,
      value: `${mailFromDomain} MX 10 feedback-smtp.${region}.amazonses.com`,
    });
    new CfnOutput(this, 'MailFromSpf', {
      description: `MAIL FROM SPF record of ${mailFromDomain}`,
      value: `${mailFromDomain} TXT "v=spf1 include:amazonses.com ~all"`,
    });
  }
}

/** ARNs that `ses:SendEmail` must be allowed on: the identity and the configuration set. */
export function sendResources(scope: Construct, identity: string, configurationSetName: string): string[] {
  const stack = Stack.of(scope);
  return [
    stack.formatArn({ service: 'ses', resource: 'identity', resourceName: identity }),
    stack.formatArn({ service: 'ses', resource: 'configuration-set', resourceName: configurationSetName }),
  ];
}
