import {
  SESv2Client,
  SESv2ServiceException,
  SendEmailCommand,
  TooManyRequestsException,
} from '@aws-sdk/client-sesv2';
import { type Mailer, type OutgoingMail, ThrottledError } from '../../app/mail/ports.js';

/** Encodes a display name for the From header (RFC 2047) when it is not plain ASCII. */
function fromHeader(name: string, address: string): string {
  const clean = name.replace(/[\r\n"]+/g, ' ').trim();
  const encoded = /^[\x20-\x7e]*$/.test(clean)
    ? `"${clean}"`
    : `=?UTF-8?B?${Buffer.from(clean, 'utf8').toString('base64')}?=`;
  return `${encoded} <${address}>`;
}

/** SESv2 answers a too-fast sender with TooManyRequests ("Maximum sending rate exceeded"). */
const isThrottling = (error: unknown) =>
  error instanceof TooManyRequestsException ||
  (error instanceof SESv2ServiceException && /Maximum sending rate exceeded/i.test(error.message));

/** The SESv2 client mail is sent with: a 10 s request timeout; the emulator when an endpoint is given. */
export function sesClient(endpoint?: string): SESv2Client {
  return new SESv2Client({
    region: process.env.AWS_REGION ?? 'eu-west-1',
    ...(endpoint ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    requestHandler: { requestTimeout: 10_000, throwOnRequestTimeout: true },
  });
}

/** Sends with SESv2 SendEmail (simple content: subject, html, text, and extra headers). */
export class SesMailer implements Mailer {
  private readonly client: SESv2Client;

  constructor(options: { client?: SESv2Client; endpoint?: string; configurationSetName?: string } = {}) {
    this.client = options.client ?? sesClient(options.endpoint);
    this.configurationSetName = options.configurationSetName;
  }

  private readonly configurationSetName: string | undefined;

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    try {
      const result = await this.client.send(
        new SendEmailCommand({
          FromEmailAddress: fromHeader(mail.from.name, mail.from.address),
          Destination: { ToAddresses: [mail.to] },
          Content: {
            Simple: {
              Subject: { Data: mail.subject, Charset: 'UTF-8' },
              Body: {
                Html: { Data: mail.html, Charset: 'UTF-8' },
                Text: { Data: mail.text, Charset: 'UTF-8' },
              },
              ...(mail.headers?.length
                ? { Headers: mail.headers.map((h) => ({ Name: h.name, Value: h.value })) }
                : {}),
            },
          },
          ...(this.configurationSetName ? { ConfigurationSetName: this.configurationSetName } : {}),
        }),
      );
      return { messageId: result.MessageId ?? 'unknown' };
    } catch (error) {
      if (isThrottling(error)) throw new ThrottledError((error as Error).message);
      throw error;
    }
  }
}
