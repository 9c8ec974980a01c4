/**
 * The signal catalogue (PRODUCT.md, "Signal catalogue"): every standard signal type with its
 * names, audience and default signalling moments. The rules live in rules/; this is the data.
 */
/** The signal types. Their order is stored (the signal ledger writes a type as its place): add new ones at the end. */
export const SIGNAL_TYPES = [
  'BIRTHDAY',
  'MILESTONE_BIRTHDAY',
  'YOUTH_WAGE_STEP',
  'STATE_PENSION_AGE',
  'WEDDING_ANNIVERSARY',
  'EMPLOYMENT_START',
  'EMPLOYMENT_END',
  'SERVICE_ANNIVERSARY',
  'PROBATION_END',
  'CONTRACT_END',
  'NOTICE_DEADLINE',
  'CHAIN_RULE',
  'PAY_SCALE_INCREASE',
  'ID_DOCUMENT_EXPIRY',
  'RESIDENCE_PERMIT_EXPIRY',
  'ABSENCE_WEEK_6',
  'ABSENCE_WEEK_8',
  'ABSENCE_WEEK_42',
  'ABSENCE_WEEK_52',
  'ABSENCE_WEEK_88',
  'ABSENCE_WEEK_91',
  'ABSENCE_WEEK_104',
  'CUSTOM',
] as const;
export type SignalType = (typeof SIGNAL_TYPES)[number];

/**
 * The stable code each type is stored under (the signal ledger): short, never numeric, and never
 * changed or reused once a record may hold it. A new type gets a new code; test/unit/domain
 * holds the list as it was released.
 */
export const SIGNAL_TYPE_CODES: Readonly<Record<SignalType, string>> = {
  BIRTHDAY: 'bd',
  MILESTONE_BIRTHDAY: 'mb',
  YOUTH_WAGE_STEP: 'yw',
  STATE_PENSION_AGE: 'sp',
  WEDDING_ANNIVERSARY: 'wa',
  EMPLOYMENT_START: 'es',
  EMPLOYMENT_END: 'ee',
  SERVICE_ANNIVERSARY: 'sa',
  PROBATION_END: 'pe',
  CONTRACT_END: 'ce',
  NOTICE_DEADLINE: 'nd',
  CHAIN_RULE: 'cr',
  PAY_SCALE_INCREASE: 'ps',
  ID_DOCUMENT_EXPIRY: 'id',
  RESIDENCE_PERMIT_EXPIRY: 'rp',
  ABSENCE_WEEK_6: 'a6',
  ABSENCE_WEEK_8: 'a8',
  ABSENCE_WEEK_42: 'a42',
  ABSENCE_WEEK_52: 'a52',
  ABSENCE_WEEK_88: 'a88',
  ABSENCE_WEEK_91: 'a91',
  ABSENCE_WEEK_104: 'a104',
  CUSTOM: 'cu',
};

export const AUDIENCES = ['provider', 'employer'] as const;
export type Audience = (typeof AUDIENCES)[number];

export interface SignalTypeInfo {
  code: SignalType;
  name: { nl: string; en: string };
  description: string;
  audience: readonly Audience[];
  defaultDaysBefore: readonly number[];
  /** Health data: withheld from e-mails unless the template owner allows it. */
  sensitive: boolean;
  /** The date the law attaches a consequence to, for the types that stand before one. */
  legalDeadline?: LegalDeadline;
}

/** A legal deadline a type's events stand before: how its date follows, its basis, what missing it costs. */
export interface LegalDeadline {
  /** How the legal date follows from the event (rules/legal-dates.ts computes it). */
  date: string;
  basis: string;
  cost: string;
}

/**
 * The types with a legal deadline (PRODUCT.md, "Legal deadlines"). The sickness weeks' dates
 * count sick days only, so they move with the spells as the milestones do.
 */
export const LEGAL_DEADLINES: Partial<Record<SignalType, LegalDeadline>> = {
  NOTICE_DEADLINE: {
    date: 'the event date (contract end minus 1 month)',
    basis: 'art. 7:668 BW (aanzegplicht)',
    cost: "up to one month's wage (aanzegvergoeding)",
  },
  CHAIN_RULE: {
    date: 'the event date (the end of the 3rd contract, or the last day of the 36th month)',
    basis: 'art. 7:668a BW (ketenregeling)',
    cost: 'a next fixed-term contract, or the running one after the 36th month, is permanent',
  },
  ABSENCE_WEEK_6: {
    date: 'the end of week 6: first sick day + 6 weeks - 1 day',
    basis: 'Regeling procesgang eerste en tweede ziektejaar (probleemanalyse)',
    cost: 'UWV wage sanction risk',
  },
  ABSENCE_WEEK_8: {
    date: 'the end of week 8: first sick day + 8 weeks - 1 day',
    basis: 'Regeling procesgang eerste en tweede ziektejaar (plan van aanpak)',
    cost: 'UWV wage sanction risk',
  },
  ABSENCE_WEEK_42: {
    date: 'the end of week 42: first sick day + 42 weeks - 1 day',
    basis: 'art. 38 Ziektewet (ziekmelding UWV in week 42)',
    cost: 'the wage obligation is extended by the delay',
  },
  ABSENCE_WEEK_52: {
    date: 'the end of week 52: first sick day + 52 weeks - 1 day',
    basis: 'Regeling procesgang eerste en tweede ziektejaar (eerstejaarsevaluatie)',
    cost: 'UWV wage sanction risk',
  },
  ABSENCE_WEEK_91: {
    date: 'the end of week 93: first sick day + 93 weeks - 1 day (the WIA application at the latest in week 93)',
    basis: 'art. 64 Wet WIA',
    cost: 'a late WIA decision, and the wage obligation extended',
  },
  RESIDENCE_PERMIT_EXPIRY: {
    date: 'the expiry date',
    basis: 'Wet arbeid vreemdelingen',
    cost: 'a fine per employee',
  },
  YOUTH_WAGE_STEP: {
    date: 'the birthday',
    basis: 'Wet minimumloon en minimumvakantiebijslag',
    cost: 'underpayment of the minimum wage',
  },
};

const both: readonly Audience[] = ['provider', 'employer'];

const absence = (
  week: number,
  nl: string,
  en: string,
  what: string,
  day = `first sick day + ${week - 1} weeks`,
): SignalTypeInfo => ({
  code: `ABSENCE_WEEK_${week}` as SignalType,
  name: { nl: `Verzuim: ${nl}`, en: `Absence: ${en}` },
  description: `Week ${week} of sickness (${day}, sick days only): ${what}. Only while the absence is open.`,
  audience: both,
  defaultDaysBefore: [7],
  sensitive: true,
});

const TYPES: readonly SignalTypeInfo[] = [
  {
    code: 'BIRTHDAY',
    name: { nl: 'Verjaardag', en: 'Birthday' },
    description: "The employee's birthday, every year (none after the date of death).",
    audience: both,
    defaultDaysBefore: [1],
    sensitive: false,
  },
  {
    code: 'MILESTONE_BIRTHDAY',
    name: { nl: 'Verjaardag 50, 55, 59 t/m 65', en: 'Milestone birthday (50, 55, 59-65)' },
    description: 'Birthdays at ages 50, 55 and 59 to 65.',
    audience: both,
    defaultDaysBefore: [14],
    sensitive: false,
  },
  {
    code: 'YOUTH_WAGE_STEP',
    name: { nl: 'Leeftijdssprong jeugdloon', en: 'Youth wage step' },
    description: 'Birthdays at ages 16 to 21, when the youth minimum wage changes.',
    audience: both,
    defaultDaysBefore: [30],
    sensitive: false,
  },
  {
    code: 'STATE_PENSION_AGE',
    name: { nl: 'AOW-gerechtigde leeftijd', en: 'State pension (AOW) age' },
    description: 'The date the employee reaches the AOW age, from the date of birth.',
    audience: both,
    defaultDaysBefore: [90],
    sensitive: false,
  },
  {
    code: 'WEDDING_ANNIVERSARY',
    name: { nl: 'Huwelijksjubileum', en: 'Wedding anniversary' },
    description: '12.5, 25, 40 and 50 years after the marriage date.',
    audience: both,
    defaultDaysBefore: [14],
    sensitive: false,
  },
  {
    code: 'EMPLOYMENT_START',
    name: { nl: 'Start dienstverband', en: 'Start of employment' },
    description: 'The employment start date.',
    audience: both,
    defaultDaysBefore: [7],
    sensitive: false,
  },
  {
    code: 'EMPLOYMENT_END',
    name: { nl: 'Einde dienstverband', en: 'End of employment' },
    description: 'The employment end date.',
    audience: both,
    defaultDaysBefore: [30],
    sensitive: false,
  },
  {
    code: 'SERVICE_ANNIVERSARY',
    name: { nl: 'Dienstjubileum', en: 'Service anniversary' },
    description: '12.5, 25, 40 and 50 years after the (historical) employment start date.',
    audience: both,
    defaultDaysBefore: [30],
    sensitive: false,
  },
  {
    code: 'PROBATION_END',
    name: { nl: 'Einde proeftijd', en: 'End of probation' },
    description: 'The end date of the probation period.',
    audience: both,
    defaultDaysBefore: [14],
    sensitive: false,
  },
  {
    code: 'CONTRACT_END',
    name: { nl: 'Einde tijdelijk contract', en: 'End of fixed-term contract' },
    description: 'The end date of each fixed-term contract.',
    audience: both,
    defaultDaysBefore: [60],
    sensitive: false,
  },
  {
    code: 'NOTICE_DEADLINE',
    name: { nl: 'Aanzegtermijn', en: 'Notice deadline' },
    description:
      'The end date minus 1 month of fixed-term contracts of 6 months or longer: the latest day to tell the employee in writing whether the contract continues (art. 7:668 BW).',
    audience: both,
    defaultDaysBefore: [30],
    sensitive: false,
  },
  {
    code: 'CHAIN_RULE',
    name: { nl: 'Ketenregeling', en: 'Chain rule' },
    description:
      'Contracts at most 6 months apart form a chain (art. 7:668a BW). The first of: the end date of the 3rd fixed-term contract of the chain (a 4th would be permanent, lid 1 sub b), or the last day of the 36th month of the chain counted from its first start, gaps included (from the next day the running contract is permanent, sub a; it then has no contract end or notice deadline after that day).',
    audience: both,
    defaultDaysBefore: [60],
    sensitive: false,
  },
  {
    code: 'PAY_SCALE_INCREASE',
    name: { nl: 'Periodiek', en: 'Pay-scale increase' },
    description: 'The next pay-scale increase date.',
    audience: both,
    defaultDaysBefore: [30],
    sensitive: false,
  },
  {
    code: 'ID_DOCUMENT_EXPIRY',
    name: { nl: 'Verlopen identiteitsbewijs', en: 'Identity document expiry' },
    description: 'The expiry date of the identity document.',
    audience: both,
    defaultDaysBefore: [30],
    sensitive: false,
  },
  {
    code: 'RESIDENCE_PERMIT_EXPIRY',
    name: { nl: 'Verlopen verblijfsdocument', en: 'Residence permit expiry' },
    description: 'The expiry date of the residence or work permit.',
    audience: both,
    defaultDaysBefore: [60],
    sensitive: false,
  },
  absence(6, 'probleemanalyse', 'problem analysis', 'the problem analysis is due'),
  absence(8, 'plan van aanpak', 'plan of action', 'the plan of action is due'),
  absence(42, '42e-weekmelding UWV', 'week-42 report to UWV', 'report the absence to UWV'),
  absence(52, 'eerstejaarsevaluatie', 'first-year evaluation', 'the first-year evaluation is due'),
  absence(88, 're-integratieverslag', 'reintegration report', 'prepare the reintegration report'),
  absence(91, 'WIA-aanvraag', 'WIA application', 'the employee applies for WIA'),
  absence(
    104,
    'einde loondoorbetaling',
    'end of continued pay',
    'the last day of continued pay during sickness',
    'its last day: first sick day + 104 weeks - 1 day',
  ),
  {
    code: 'CUSTOM',
    name: { nl: 'Eigen signaal', en: 'Custom signal' },
    description: 'Each occurrence of a custom signal a user recorded on an employee.',
    audience: both,
    defaultDaysBefore: [0],
    sensitive: false,
  },
];

/** The catalogue: every type, with its legal deadline where it has one. */
export const CATALOGUE: readonly SignalTypeInfo[] = TYPES.map((t) => {
  const legalDeadline = LEGAL_DEADLINES[t.code];
  return legalDeadline ? { ...t, legalDeadline } : t;
});

const BY_CODE = new Map(CATALOGUE.map((t) => [t.code, t]));

export function signalTypeInfo(code: SignalType): SignalTypeInfo {
  const info = BY_CODE.get(code);
  if (!info) throw new RangeError(`Unknown signal type ${code}`);
  return info;
}

/** Health data (the absence milestones): need-to-know for department managers, withheld from e-mails. */
export const isHealthSignal = (code: SignalType): boolean => signalTypeInfo(code).sensitive;
