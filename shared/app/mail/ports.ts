/** One e-mail to send. */
export interface OutgoingMail {
  from: { name: string; address: string };
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Extra headers (e.g. List-Unsubscribe). */
  headers?: ReadonlyArray<{ name: string; value: string }>;
}

/** Sends mail (SES in AWS and locally the SES emulator). Throws ThrottledError when the provider asks to slow down. */
export interface Mailer {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}

/** The mail service asked us to slow down ("Maximum sending rate exceeded"): retry later. */
export class ThrottledError extends Error {}

/** Addresses that bounced or complained: no further mail goes to them. */
export interface SuppressionList {
  isSuppressed(email: string): Promise<boolean>;
  suppress(email: string, reason: string, at: string): Promise<void>;
}
