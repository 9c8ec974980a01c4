import { isHealthSignal, signalTypeInfo } from '../../domain/catalogue.js';
import { localDateOf, toDay } from '../../domain/dates.js';
import { digestDueDate } from '../../domain/email-preferences.js';
import { daysLeftText, maySee } from '../../domain/escalation.js';
import type { Deps } from '../deps.js';
import {
  countText,
  ESCALATION_BLOCK,
  relativeDay,
  UNSUBSCRIBE_LINE,
  WITHHELD_NAME,
} from '../mail/default-templates.js';
import { type OutgoingMail, ThrottledError } from '../mail/ports.js';
import { effectiveTemplate } from '../mail/template-service.js';
import {
  type DigestEscalationView,
  type DigestSignalView,
  type DigestView,
  type EmailTemplate,
  renderDigest,
} from '../mail/templates.js';
import { signUnsubscribeToken } from '../mail/unsubscribe-token.js';
import { type EventRef, handledKeyOf } from '../pipeline/ports.js';
import { userRefOf } from '../pipeline/recipients.js';
import { METRICS } from '../ports.js';
import { type RetryPolicy, retry } from '../retry.js';
import type { DeliverMessage, DigestEntry } from './ports.js';

const LEASE_SECONDS = 300;

/** The digest is claimed by a sender whose lease still runs: the message is retried later. */
export class DigestHeldError extends Error {
  override name = 'DigestHeldError';
}
/** SES asked to slow down: its SDK retried already; these tries come on top, within one message. */
const THROTTLE_RETRY: RetryPolicy = { attempts: 5, baseMs: 100, capMs: 1600 };

const localDate = (iso: string, locale: 'nl' | 'en') =>
  locale === 'nl' ? iso.split('-').reverse().join('-') : iso;

/** The template variables for one user's digest; absence signals carry no name unless the template allows it. */
export function digestView(
  entries: readonly DigestEntry[],
  recipient: { name: string; locale: 'nl' | 'en' },
  template: EmailTemplate,
  runDate: string,
  appUrl: string,
  unsubscribeUrl: string,
): DigestView {
  const locale = recipient.locale;
  const runDay = toDay(runDate);
  const sorted = [...entries].sort(
    (a, b) =>
      a.employerName.localeCompare(b.employerName) ||
      a.eventDate.localeCompare(b.eventDate) ||
      a.employeeName.localeCompare(b.employeeName),
  );
  const lineOf = (e: DigestEntry): DigestSignalView & { employerId: string } => {
    const info = signalTypeInfo(e.signalType);
    // Health data names nobody in mail, not even through a small department, unless the template allows it.
    const withheld = info.sensitive && !template.includeSensitiveDetails;
    return {
      employerId: e.employerId,
      typeName: info.name[locale],
      employeeName: withheld ? WITHHELD_NAME[locale] : e.employeeName,
      employerName: e.employerName,
      departmentName: withheld ? '' : (e.departmentName ?? ''),
      eventDate: localDate(e.eventDate, locale),
      daysUntil: toDay(e.eventDate) - runDay,
      when: relativeDay(toDay(e.eventDate) - runDay, locale),
      text: e.text ?? '',
    };
  };
  const signals = sorted.filter((e) => !e.escalation).map(lineOf);
  // Escalations first, nearest legal date first: what needs action now.
  const escalations = sorted
    .filter((e) => e.escalation)
    .sort((a, b) => a.escalation!.legalDate.localeCompare(b.escalation!.legalDate))
    .map((e): DigestEscalationView => {
      const { employerId: _, ...line } = lineOf(e);
      const daysLeft = toDay(e.escalation!.legalDate) - runDay;
      return {
        ...line,
        level: e.escalation!.level,
        legalDate: localDate(e.escalation!.legalDate, locale),
        daysLeft,
        daysLeftText: daysLeftText(daysLeft, locale),
      };
    });
  const employers = new Map<string, { name: string; signals: DigestSignalView[] }>();
  for (const { employerId, ...s } of signals) {
    const group = employers.get(employerId) ?? { name: s.employerName, signals: [] };
    group.signals.push(s);
    employers.set(employerId, group);
  }
  const count = signals.length + escalations.length;
  return {
    recipient: { name: recipient.name },
    runDate: localDate(runDate, locale),
    count,
    countText: countText(count, locale),
    appUrl,
    unsubscribeUrl,
    signals: signals.map(({ employerId: _, ...s }) => s),
    employers: [...employers.values()],
    escalations,
  };
}

/** Sends, retrying with backoff while the mail service throttles. */
const sendWithBackoff = (deps: Deps<'mailer'>, mail: OutgoingMail) =>
  retry(THROTTLE_RETRY, () => deps.mailer.send(mail), {
    retryIf: (error) => error instanceof ThrottledError,
  });

/** At most this many collected digests go into one mail (the rest follow at the next run). */
const MAX_COLLECTED_PER_MAIL = 90;

const byAddedOrder = (entries: readonly DigestEntry[]) => {
  const seen = new Set<string>();
  return entries.filter((e) => !seen.has(e.signalId) && seen.add(e.signalId));
};

/**
 * One line per event: reminders of one event (several `daysBefore`, or an earlier one collected
 * from a change beside a nearer one from the run) show once, as the nearest reminder.
 */
export function nearestOfEachEvent(entries: readonly DigestEntry[]): DigestEntry[] {
  const nearest = new Map<string, DigestEntry>();
  for (const e of entries) {
    const event = `${e.employerId}|${e.employeeId}|${e.signalType}|${e.subject}|${e.eventDate}|${e.escalation ? 'E' : ''}`;
    const known = nearest.get(event);
    if (!known || e.signalDate > known.signalDate) nearest.set(event, e);
  }
  const kept = new Set(nearest.values());
  return entries.filter((e) => kept.has(e));
}

export type DeliverOutcome = 'sent' | 'skipped' | 'collected' | 'paused';

/**
 * Delivers one user's digest of a run, as the user's e-mail preferences say:
 * 1. a user deleted or inactive since gets nothing (what was collected for them is dropped);
 * 2. paused: nothing is mailed (the signals are in the list all the same);
 * 3. weekly: the run's digest is collected for the chosen weekday, unless the run is on it;
 * 4. one mail with the run's signals (when due) and the collected ones due by the run's date (a
 *    signal withdrawn since is left out, an event shows once), to the address the directory has
 *    now, unless it bounced or complained:
 *    - the (run, user) send is claimed, so a redelivered message or a second worker does not
 *      send again (a claim another sender holds is retried later, never skipped); collected
 *      digests are leased to this run, so two runs delivering at once do not both mail them;
 *    - the effective template (employer, provider, default) is rendered in the user's language,
 *      with a signed one-click unsubscribe link (RFC 8058 headers and the footer);
 *    - it is sent, retrying throttling with backoff; the send, the collected digests it carried
 *      and the week it closes are recorded in one transaction, or the claims are given back and
 *      it fails (the queue retries, then dead-letters with the reason logged).
 */
export async function deliverDigest(
  deps: DeliverDeps,
  message: DeliverMessage,
  lastAttempt = true,
): Promise<DeliverOutcome> {
  try {
    const outcome = await deliver(deps, message);
    await deps.runs.countDigest(message.runId, 'done');
    const counted = {
      sent: METRICS.digestsSent,
      collected: METRICS.digestsCollected,
      paused: METRICS.digestsPaused,
      suppressed: METRICS.digestsSuppressed,
      skipped: undefined,
    }[outcome];
    if (counted) deps.metrics.count(counted);
    return outcome === 'suppressed' ? 'skipped' : outcome;
  } catch (error) {
    if (!(error instanceof DigestHeldError)) deps.metrics.count(METRICS.digestsFailed);
    // Dead-lettered after this: the run says so (GET /v1/evaluations/{runId}, npm run evaluate).
    if (lastAttempt) {
      await deps.runs.countDigest(message.runId, 'failed').catch((countError: unknown) =>
        deps.logger.error('a failed digest not counted on its run', {
          runId: message.runId,
          error: String(countError),
        }),
      );
    }
    throw error;
  }
}

type DeliverDeps = Deps<
  | 'digests'
  | 'signals'
  | 'suppressions'
  | 'runs'
  | 'store'
  | 'config'
  | 'clock'
  | 'logger'
  | 'metrics'
  | 'mailer'
  | 'mailbox'
>;

/** The recipient as the directory has it now: a digest is for a user who exists and is active at send time. */
type CurrentUser = {
  email: string;
  name: string;
  locale: 'nl' | 'en';
  active?: boolean;
  /** A provider user limited to these employers. */
  employerIds?: string[];
  /** An employer user's departments, and whether health data about others is out of their reach. */
  departmentIds?: string[];
  isDepartmentManager?: boolean;
};

/**
 * What the user may still see at send time, whatever it was when the signal was made: a provider
 * user only the employers their record lists (when it lists any), a department manager health
 * lines only about the departments they manage now, and escalations only where escalation may
 * reach them now (the rule that chose them: `maySee`).
 */
function stillVisibleTo(user: CurrentUser) {
  const employers = user.employerIds && user.employerIds.length > 0 ? new Set(user.employerIds) : undefined;
  const departments = new Set(user.departmentIds ?? []);
  const now = { departmentIds: departments, departmentManager: user.isDepartmentManager === true };
  return (e: DigestEntry) =>
    (!employers || employers.has(e.employerId)) &&
    (!user.isDepartmentManager ||
      !isHealthSignal(e.signalType) ||
      (e.departmentId !== null && departments.has(e.departmentId))) &&
    (!e.escalation || maySee({ ...now, userType: e.recipient.userType }, e.departmentId ?? undefined));
}

const eventOf = (e: DigestEntry): EventRef => ({
  employerId: e.employerId,
  signalType: e.signalType,
  employeeId: e.employeeId,
  subject: e.subject,
  eventDate: e.eventDate,
});

/**
 * Escalation lines whose event somebody handled since they were made are left out: "Actie
 * vereist" only for what is still open (one batch read, and only when there are escalations).
 */
async function stillOpen(deps: Deps<'signals'>, entries: DigestEntry[]): Promise<DigestEntry[]> {
  const escalations = entries.filter((e) => e.escalation);
  if (escalations.length === 0) return entries;
  const states = await deps.signals.eventStates(escalations.map(eventOf));
  return entries.filter((e) => !e.escalation || !states.get(handledKeyOf(eventOf(e)))?.handled);
}

async function deliver(deps: DeliverDeps, message: DeliverMessage): Promise<DeliverOutcome | 'suppressed'> {
  const { runId, recipientKey } = message;
  const [own, state, run, user] = await Promise.all([
    deps.digests.digestEntries([runId], recipientKey),
    deps.mailbox.state(recipientKey),
    deps.runs.getRun(runId),
    deps.store.get<CurrentUser>(userRefOf(recipientKey)),
  ]);
  if (!user || user.data.active === false) {
    // Deleted or inactive since the signals were made: nothing is mailed, nothing kept to mail later.
    const collected = await deps.mailbox.collected(recipientKey);
    if (collected.length > 0) await deps.mailbox.discard(recipientKey, collected, runId);
    if (own.length > 0 || collected.length > 0) {
      deps.logger.info(`digest not mailed: the user ${user ? 'is inactive' : 'no longer exists'}`, {
        runId,
        recipientKey,
      });
    }
    return 'skipped';
  }
  const { preferences } = state;
  const runDate = run?.date ?? localDateOf(deps.clock.now());
  if (preferences.paused) {
    if (own.length > 0) deps.logger.info('digest not mailed: e-mail paused', { runId, recipientKey });
    return 'paused';
  }
  const weekly = preferences.cadence === 'weekly';
  // A weekly user's signals wait for the chosen weekday: this run's are kept for it, unless it is today.
  const ownDueOn = digestDueDate(runDate, preferences);
  const keepOwn = own.length > 0 && ownDueOn > runDate;
  if (keepOwn) {
    await deps.mailbox.collect(own[0]!.providerId, { runId, runDate }, [{ recipientKey, wakeOn: ownDueOn }]);
  }
  const mailNow = keepOwn ? [] : own;
  const collected = (await deps.mailbox.collected(recipientKey))
    .filter((d) => d.runId !== runId && digestDueDate(d.runDate, preferences) <= runDate)
    .slice(0, MAX_COLLECTED_PER_MAIL);
  if (mailNow.length === 0 && collected.length === 0) return keepOwn ? 'collected' : 'skipped';
  const now = deps.clock.now();
  if (collected.length > 0 && !(await deps.mailbox.lease(recipientKey, runId, now, LEASE_SECONDS))) {
    throw new DigestHeldError(`The collected digests of ${recipientKey} are being sent by another run.`);
  }
  const release = () =>
    collected.length > 0 ? deps.mailbox.releaseLease(recipientKey, runId) : Promise.resolve();
  const earlier =
    collected.length > 0
      ? await deps.digests.digestEntries(
          collected.map((d) => d.runId),
          recipientKey,
        )
      : [];
  const recipient = { ...user.data };
  const entries = await stillOpen(
    deps,
    nearestOfEachEvent(byAddedOrder([...earlier, ...mailNow])).filter(stillVisibleTo(user.data)),
  );
  const first = entries[0];
  if (!first || (await deps.suppressions.isSuppressed(recipient.email))) {
    if (first) deps.logger.warn('digest not sent: address suppressed', { runId, recipientKey });
    // Nothing left to mail of what was collected (withdrawn since, or the address bounced).
    await deps.mailbox.discard(recipientKey, collected, runId);
    return first ? 'suppressed' : 'skipped';
  }

  const claim = await deps.digests.claimDigest(runId, recipientKey, now, LEASE_SECONDS);
  if (claim !== 'claimed') {
    await release();
    if (claim === 'sent') return 'skipped';
    // Another sender holds it, or our own claim's answer was lost: try again once its lease ran out.
    throw new DigestHeldError(`The digest of ${recipientKey} in run ${runId} is being sent.`);
  }
  try {
    // A provider user's mail speaks for the provider (its template, else the standard one), never
    // for one of its clients; an employer user's for its employer.
    const owner =
      first.recipient.userType === 'employer'
        ? ({ level: 'employer', employerId: first.employerId, providerId: first.providerId } as const)
        : ({ level: 'provider', providerId: first.providerId } as const);
    const locale = recipient.locale;
    const { template } = await effectiveTemplate(deps, owner, locale);
    const token = signUnsubscribeToken(
      await deps.mailbox.signingKey(),
      { recipientKey, providerId: first.providerId },
      now,
    );
    const unsubscribeUrl = `${deps.config.apiUrl}/v1/email/unsubscribe?token=${token}`;
    const view = digestView(entries, recipient, template, runDate, deps.config.appUrl, unsubscribeUrl);
    const rendered = renderDigest(template, view, UNSUBSCRIBE_LINE[locale], ESCALATION_BLOCK[locale]);
    const { messageId } = await sendWithBackoff(deps, {
      from: template.sender,
      to: recipient.email,
      ...rendered,
      headers: [
        { name: 'List-Unsubscribe', value: `<${unsubscribeUrl}>` },
        { name: 'List-Unsubscribe-Post', value: 'List-Unsubscribe=One-Click' },
      ],
    });
    try {
      await deps.digests.markDigestSent(
        runId,
        recipientKey,
        deps.clock.now().toISOString(),
        messageId,
        collected.length > 0 || weekly
          ? { collected, lastWeeklyOn: weekly ? runDate : undefined }
          : undefined,
      );
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
    await release();
    deps.logger.error('digest not sent', {
      runId,
      recipientKey,
      reason: String((error as Error).message ?? error),
    });
    throw error;
  }
}
