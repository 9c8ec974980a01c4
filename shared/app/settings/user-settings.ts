import type { SignalSetting, UserSettings } from '../../domain/settings.js';
import { withDefaults } from '../../domain/settings.js';
import type { Stored } from '../resource-store.js';

/** A user's settings as stored (employer users carry their provider for the signal-set indexes). */
export interface StoredUserSettings {
  providerId: string;
  userId: string;
  employerId?: string;
  /** `default`: no settings of their own (the provider default applies). */
  mode: 'custom' | 'none' | 'default';
  signals?: SignalSetting[];
  source?: 'user' | 'signalSet';
  selectedSetId?: string;
  appliedSetId?: string;
  appliedVersion?: number;
}

export interface StoredProviderDefault {
  providerId: string;
  signals: SignalSetting[];
}

export interface StoredSignalSet {
  providerId: string;
  setId: string;
  name: string;
  description?: string;
  signals: SignalSetting[];
}

/** The user's own settings in the domain's terms; undefined when the provider default applies. */
export function userSettingsOf(stored: Stored<StoredUserSettings> | undefined): UserSettings | undefined {
  const d = stored?.data;
  if (!d || d.mode === 'default') return undefined;
  if (d.mode === 'none') return { mode: 'none' };
  return {
    mode: 'custom',
    signals: d.signals ?? [],
    source: d.source ?? 'user',
    ...(d.appliedSetId ? { appliedSetId: d.appliedSetId } : {}),
    ...(d.appliedVersion ? { appliedVersion: d.appliedVersion } : {}),
  };
}

type SettingInput = {
  signalType: SignalSetting['signalType'];
  daysBefore?: number[];
  email?: boolean;
  departmentsOnly?: boolean;
};

export const normaliseSignals = (signals: readonly SettingInput[]): SignalSetting[] =>
  signals.map(withDefaults);
