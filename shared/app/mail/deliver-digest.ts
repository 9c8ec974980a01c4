import { signalTypeInfo } from '../../domain/catalogue.js';
import { toDay } from '../../domain/dates.js';
import type { Deps } from '../deps.js';
import type { DeliverMessage, DigestEntry } from '../pipeline/ports.js';
import { countText, relativeDay, WITHHELD_NAME } from './default-templates.js';
import { type OutgoingMail, ThrottledError } from './ports.js';
import { effectiveTemplate } from './template-service.js';
import { type DigestSignalView, type DigestView, type EmailTemplate, renderTemplate } from './templates.js';

const LEASE_SECONDS = 300;

/** The digest is claimed by a sender whose lease still runs: the message is retried later. */
export class DigestHeldError extends Error {
  override name = 'DigestHeldError';
}
const THROTTLE_RETRIES = 4;

const localDate = (iso: string, locale: 'nl' | 'en') =>
  locale === 'nl' ? iso.split('-').reverse().join('-') : iso;

/** The template variables for one user's digest; absence signals carry no name unless the template allows it. */
export function digestView(
  entries: readonly DigestEntry[],
  template: EmailTemplate,
  runDate: string,
  appUrl: string,
): DigestView {
  const recipient = entries[0]!.recipient;
  const locale = recipient.locale;
  const runDay = toDay(runDate);
  const sorted = [...entries].sort(
    (a, b) =>
      a.employerName.localeCompare(b.employerName) ||
      a.eventDate.localeCompare(b.eventDate) ||
      a.employeeName.localeCompare(b.employeeName),
  );
  const signals: Array<DigestSignalView & { employerId: string }> = sorted.map((e) => {
    const info = signalTypeInfo(e.signalType);
    return {
      employerId: e.employerId,
      typeName: info.name[locale],
      employeeName:
        info.sensitive && !template.includeSensitiveDetails ? WITHHELD_NAME[locale] : e.employeeName,
      employerName: e.employerName,
      departmentName: e.departmentName ?? '',
      eventDate: localDate(e.eventDate, locale),
      daysUntil: toDay(e.eventDate) - runDay,
      when: relativeDay(toDay(e.eventDate) - runDay, locale),
      text: e.text ?? '',
    };
  });
  const employers = new Map<string, { name: string; signals: DigestSignalView[] }>();
  for (const { employerId, ...s } of signals) {
    const group = employers.get(employerId) ?? { name: s.employerName, signals: [] };
    group.signals.push(s);
    employers.set(employerId, group);
  }
  return {
    recipient: { name: recipient.name },
    runDate: localDate(runDate, locale),
    count: signals.length,
    countText: countText(signals.length, locale),
    appUrl,
    signals: signals.map(({ employerId: _, ...s }) => s),
    employers: [...employers.values()],
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sends, retrying with backoff while the mail service throttles. */
async function sendWithBackoff(deps: Deps<'mailer'>, mail: OutgoingMail) {
  for (let attempt = 0; ; attempt++) {
    try {
      return await deps.mailer.send(mail);
    } catch (error) {
      if (!(error instanceof ThrottledError) || attempt >= THROTTLE_RETRIES) throw error;
      await sleep(100 * 2 ** attempt + Math.floor(Math.random() * 50));
    }
  }
}

/**
 * Sends one user's digest for a run:
 * 1. reads the user's digests of the run and their signals (one Query, one BatchGetItem; a
 *    signal withdrawn since is left out);
 * 2. skips addresses that bounced or complained;
 * 3. claims the (run, user) send, so a redelivered message or a second worker does not send again
 *    (a claim another sender holds is retried later, never skipped);
 * 4. renders the effective template (employer, provider, default) in the user's language;
 * 5. sends through the mailer, retrying throttling with backoff; records the send, or gives the
 *    claim back and fails (the queue retries, then dead-letters with the reason logged).
 */
export async function deliverDigest(
  deps: Deps<'digests' | 'suppressions' | 'runs' | 'store' | 'config' | 'clock' | 'logger' | 'mailer'>,
  message: DeliverMessage,
): Promise<'sent' | 'skipped'> {
  const { runId, recipientKey } = message;
  const entries = await deps.digests.digestEntries(runId, recipientKey);
  const first = entries[0];
  if (!first) return 'skipped';
  if (await deps.suppressions.isSuppressed(first.recipient.email)) {
    deps.logger.warn('digest not sent: address suppressed', { runId, recipientKey });
    return 'skipped';
  }
  const claim = await deps.digests.claimDigest(runId, recipientKey, deps.clock.now(), LEASE_SECONDS);
  if (claim === 'sent') return 'skipped';
  // Another sender holds it, or our own claim's answer was lost: try again once its lease ran out.
  if (claim === 'held')
    throw new DigestHeldError(`The digest of ${recipientKey} in run ${runId} is being sent.`);
  try {
    const run = await deps.runs.getRun(runId);
    const employerIds = [...new Set(entries.map((e) => e.employerId))];
    const owner =
      employerIds.length === 1
        ? ({ level: 'employer', employerId: employerIds[0]!, providerId: first.providerId } as const)
        : ({ level: 'provider', providerId: first.providerId } as const);
    const { template } = await effectiveTemplate(deps, owner, first.recipient.locale);
    const view = digestView(entries, template, run?.date ?? first.signalDate, deps.config.appUrl);
    const rendered = renderTemplate(template, view);
    const { messageId } = await sendWithBackoff(deps, {
      from: template.sender,
      to: first.recipient.email,
      ...rendered,
    });
    try {
      await deps.digests.markDigestSent(runId, recipientKey, deps.clock.now().toISOString(), messageId);
    } catch (error) {
      // The one place a digest can go out twice: SES accepted it, the record of it failed.
      deps.logger.error('digest sent but not recorded: a retry may send it again', {
        runId,
        recipientKey,
        messageId,
        duplicateRisk: true,
      });
      throw error;
    }
    return 'sent';
  } catch (error) {
    await deps.digests.releaseDigest(runId, recipientKey);
    deps.logger.error('digest not sent', {
      runId,
      recipientKey,
      reason: String((error as Error).message ?? error),
    });
    throw error;
  }
}
