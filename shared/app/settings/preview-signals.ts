import type { Audience } from '../../domain/catalogue.js';
import { toDay } from '../../domain/dates.js';
import { NotFoundError } from '../../domain/errors.js';
import { previewSignals } from '../../domain/rules/evaluate.js';
import { resolveSettings, type SignalSetting } from '../../domain/settings.js';
import type { Deps } from '../deps.js';
import { buildEmployerView } from '../evaluation/employer-view.js';
import { employerPartitionOf, providerPartitionOf } from '../evaluation/partitions.js';
import { normaliseSignals } from './user-settings.js';
import type { EmployerUserRef, SettingsBody } from './user-settings-service.js';

/**
 * What the user would get per run date over the coming days, under the effective or the given
 * candidate settings, computed by the rule engine from the same data the evaluation reads. Writes nothing.
 */
export async function previewUserSignals(
  deps: Deps<'store' | 'clock' | 'config'>,
  user: EmployerUserRef,
  body: { from?: string | undefined; days: number; settings?: SettingsBody | undefined },
) {
  const [employerItems, providerItems] = await Promise.all([
    deps.store.readEmployerPartition(user.employerId),
    deps.store.readProviderPartition(user.providerId),
  ]);
  const view = buildEmployerView(employerPartitionOf(employerItems), providerPartitionOf(providerItems));
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
