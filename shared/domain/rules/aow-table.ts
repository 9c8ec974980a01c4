/**
 * AOW (state pension) age by date of birth, as versioned data. Adding a year means adding a row
 * here (and bumping `version`), never touching the rules.
 *
 * The law fixes the AOW age per calendar year (Algemene Ouderdomswet art. 7a): 66y10m in 2023,
 * 67 in 2024-2027, 67y3m in 2028-2031 (the last set by the announcement of 2025 under
 * art. 7a lid 4). A person reaches it in year Y when the birth date plus the age set for Y falls
 * in Y, which gives these rows by birth date. Born 1960-10-01 to 1960-12-31: 67 years lands in
 * 2027, when the age is 67 (not 67y3m).
 */
export const AOW_TABLE = {
  version: '2025-11',
  source:
    'AOW art. 7a; Rijksoverheid/SVB "AOW-leeftijd": 66y10m in 2023, 67 in 2024-2027, 67y3m in 2028-2031',
  /** The age the law sets for each calendar year (art. 7a), from which the rows follow. */
  ageByYear: [
    { year: 2023, years: 66, months: 10 },
    ...[2024, 2025, 2026, 2027].map((year) => ({ year, years: 67, months: 0 })),
    ...[2028, 2029, 2030, 2031].map((year) => ({ year, years: 67, months: 3 })),
  ],
  rows: [
    // Reaching AOW age in 2023 at 66 and 10 months.
    { bornFrom: '1956-06-01', bornTo: '1957-02-28', years: 66, months: 10 },
    // Reaching AOW age in 2024-2027 at 67.
    { bornFrom: '1957-03-01', bornTo: '1960-12-31', years: 67, months: 0 },
    // Reaching AOW age in 2028-2031 at 67 and 3 months.
    { bornFrom: '1961-01-01', bornTo: '1964-09-30', years: 67, months: 3 },
  ],
} as const;
