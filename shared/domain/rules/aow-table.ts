/**
 * AOW (state pension) age by date of birth, as versioned data. Adding a year means adding a row
 * here (and bumping `version`), never touching the rules.
 *
 * Source: Algemene Ouderdomswet art. 7a and the AOW ages published by the Rijksoverheid / SVB
 * ("AOW-leeftijd vanaf 2024"): 67 in 2024-2027, 67 years and 3 months in 2028-2031
 * (announced 2023-11 and 2024-11 per art. 7a lid 4).
 */
export const AOW_TABLE = {
  version: '2024-11',
  source: 'AOW art. 7a; Rijksoverheid/SVB "AOW-leeftijd" (67 in 2024-2027, 67y3m in 2028-2031)',
  rows: [
    // Reaching AOW age in 2024-2027 at 67.
    { bornFrom: '1957-01-01', bornTo: '1960-09-30', years: 67, months: 0 },
    // Reaching AOW age in 2028-2031 at 67 and 3 months.
    { bornFrom: '1960-10-01', bornTo: '1964-09-30', years: 67, months: 3 },
  ],
} as const;
