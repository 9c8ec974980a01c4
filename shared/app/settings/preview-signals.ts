import type { Audience } from '../../domain/catalogue.js';
import { toDay } from '../../domain/dates.js';
import { NotFoundError } from '../../domain/errors.js';
import { IN_FORCE, type Law, PROPOSED } from '../../domain/law/rule-versions.js';
import { type PreviewItem, previewSignals } from '../../domain/rules/evaluate.js';
import { resolveSettings, type SignalSetting } from '../../domain/settings.js';
import type { Deps } from '../deps.js';
import { buildEmployerView } from '../evaluation/employer-view.js';
import { employerPartitionOf, providerPartitionOf } from '../evaluation/partitions.js';
import type { PartitionItems } from '../resource-store.js';
import { normaliseSignals } from './user-settings.js';
import type { EmployerUserRef, SettingsBody } from './user-settings-service.js';

/**
 * What the user would get per run date over the coming days, under the effective or the given
 * candidate settings, computed by the rule engine from the same data the evaluation reads. Writes nothing.
 */
export async function previewUserSignals(
  deps: Deps<'store' | 'clock' | 'config'>,
  user: EmployerUserRef,
  body: {
    from?: string | undefined;
    days: number;
    settings?: SettingsBody | undefined;
    ruleSet?: 'inForce' | 'proposed' | undefined;
  },
): Promise<Array<PreviewItem & { differsFromInForce?: 'added' | 'removed' }>> {
  const [employerItems, providerItems] = await Promise.all([
    deps.store.readEmployerPartition(user.employerId),
    deps.store.readProviderPartition(user.providerId),
  ]);
  const inForce = preview(deps, user, body, employerItems, providerItems, IN_FORCE);
  if (body.ruleSet !== 'proposed') return inForce;
  // What the proposals would change: their items, and the items of the law in force they drop.
  const proposed = preview(deps, user, body, employerItems, providerItems, PROPOSED);
  const keyOf = (i: PreviewItem) =>
    `${i.runDate}|${i.signalType}|${i.employeeId}|${i.eventDate}|${i.daysBefore}`;
  const before = new Set(inForce.map(keyOf));
  const after = new Set(proposed.map(keyOf));
  return [
    ...proposed.map((i) => (before.has(keyOf(i)) ? i : { ...i, differsFromInForce: 'added' as const })),
    ...inForce
      .filter((i) => !after.has(keyOf(i)))
      .map((i) => ({ ...i, differsFromInForce: 'removed' as const })),
  ].sort((a, b) => a.runDate.localeCompare(b.runDate) || a.eventDate.localeCompare(b.eventDate));
}

function preview(
  deps: Deps<'clock' | 'config'>,
  user: EmployerUserRef,
  body: { from?: string | undefined; days: number; settings?: SettingsBody | undefined },
  employerItems: PartitionItems,
  providerItems: PartitionItems,
  law: Law,
): PreviewItem[] {
  const view = buildEmployerView(employerPartitionOf(employerItems), providerPartitionOf(providerItems), law);
  if (!view) throw new NotFoundError('The employer does not exist.');
  const recipient = view.recipients.find((r) => r.userType === 'employer' && r.recipientId === user.userId);
  if (!recipient) throw new NotFoundError('The user does not exist or is not active.');
  const audience: Audience = 'employer';
  const settings: SignalSetting[] = body.settings
    ? resolveSettings(
        body.settings.mode === 'none'
          ? { mode: 'none' }
          : { mode: 'custom', source: 'user', signals: normaliseSignals(body.settings.signals) },
        view.providerDefault,
        audience,
      ).signals
    : recipient.settings.slice();
  const from = body.from ?? deps.clock.today();
  return previewSignals(
    view.snapshot,
    { ...recipient, settings },
    toDay(from),
    body.days,
    deps.config.catchUpDays,
  );
}
