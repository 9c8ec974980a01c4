import { type Audience, type SignalType, signalTypeInfo } from './catalogue.js';

/** One signal a user gets: which type, how many days before the event (negative: after), e-mail or not, which employees. */
/** The offsets a setting may take: up to a year after the event, up to two years before it. */
export const DAYS_BEFORE = { min: -365, max: 730 } as const;

export interface SignalSetting {
  signalType: SignalType;
  daysBefore: number[];
  email: boolean;
  /** Only employees of the user's own departments (employer users only). */
  departmentsOnly: boolean;
}

export type SettingsSource = 'user' | 'signalSet' | 'providerDefault' | 'none';

/** What is stored for a user who has settings of their own. */
export type UserSettings =
  | {
      mode: 'custom';
      signals: SignalSetting[];
      source: 'user' | 'signalSet';
      appliedSetId?: string;
      appliedVersion?: number;
    }
  | { mode: 'none' };

export interface EffectiveSettings {
  mode: 'custom' | 'none' | 'providerDefault';
  source: SettingsSource;
  signals: Array<SignalSetting & { source: SettingsSource }>;
}

/**
 * A user's effective settings: their own (custom, or copied from a signal set) when they have
 * them, nothing with an explicit `none`, else the provider default. Settings for a type whose
 * audience excludes the user are dropped.
 */
export function resolveSettings(
  user: UserSettings | undefined,
  providerDefault: readonly SignalSetting[] | undefined,
  audience: Audience,
): EffectiveSettings {
  const forAudience = (signals: readonly SignalSetting[], source: SettingsSource) =>
    signals
      .filter((s) => signalTypeInfo(s.signalType).audience.includes(audience))
      .map((s) => ({ ...s, departmentsOnly: audience === 'employer' && s.departmentsOnly, source }));
  if (user?.mode === 'none') return { mode: 'none', source: 'none', signals: [] };
  if (user?.mode === 'custom')
    return { mode: 'custom', source: user.source, signals: forAudience(user.signals, user.source) };
  return {
    mode: 'providerDefault',
    source: 'providerDefault',
    signals: forAudience(providerDefault ?? [], 'providerDefault'),
  };
}

/** A setting with the catalogue's defaults filled in. */
export function withDefaults(s: {
  signalType: SignalType;
  daysBefore?: number[] | undefined;
  email?: boolean | undefined;
  departmentsOnly?: boolean | undefined;
}): SignalSetting {
  return {
    signalType: s.signalType,
    daysBefore: s.daysBefore ?? [...signalTypeInfo(s.signalType).defaultDaysBefore],
    email: s.email ?? false,
    departmentsOnly: s.departmentsOnly ?? false,
  };
}
