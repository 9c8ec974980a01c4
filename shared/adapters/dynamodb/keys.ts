/**
 * Every key of the single table, in one place: nothing else spells a key. Ids are limited to
 * A-Za-z0-9._- at the edge, so `#` can separate key parts safely.
 */
export interface Key {
  pk: string;
  sk: string;
}

export const keys = {
  provider: (providerId: string): Key => ({ pk: `PROVIDER#${providerId}`, sk: 'PROVIDER' }),
  providerUser: (providerId: string, userId: string): Key => ({
    pk: `PROVIDER#${providerId}`,
    sk: `USER#${userId}`,
  }),
  employer: (employerId: string): Key => ({ pk: `EMPLOYER#${employerId}`, sk: 'EMPLOYER' }),
  department: (employerId: string, departmentId: string): Key => ({
    pk: `EMPLOYER#${employerId}`,
    sk: `DEPARTMENT#${departmentId}`,
  }),
  employerUser: (employerId: string, userId: string): Key => ({
    pk: `EMPLOYER#${employerId}`,
    sk: `USER#${userId}`,
  }),
  employee: (employerId: string, employeeId: string): Key => ({
    pk: `EMPLOYER#${employerId}`,
    sk: `EMPLOYEE#${employeeId}`,
  }),
};

/** The partitions and sort-key prefixes lists are read from. */
export const partitions = {
  provider: (providerId: string) => `PROVIDER#${providerId}`,
  employer: (employerId: string) => `EMPLOYER#${employerId}`,
};

export const prefixes = {
  user: 'USER#',
  department: 'DEPARTMENT#',
  employee: 'EMPLOYEE#',
  employer: 'EMPLOYER#',
};

/** Secondary index keys. */
export const indexKeys = {
  /** gsi1: a provider's employers. */
  employerOfProvider: (providerId: string, employerId: string) => ({
    gsi1pk: `PROVIDER#${providerId}#EMPLOYERS`,
    gsi1sk: `EMPLOYER#${employerId}`,
  }),
  employersOfProvider: (providerId: string) => `PROVIDER#${providerId}#EMPLOYERS`,
  /** gsi2 (sparse): employers with product 290 active. */
  activeEmployer: (employerId: string) => ({
    gsi2pk: 'PRODUCT#290#ACTIVE',
    gsi2sk: `EMPLOYER#${employerId}`,
  }),
  activeEmployers: 'PRODUCT#290#ACTIVE',
};
