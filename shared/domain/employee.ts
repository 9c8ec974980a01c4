/** An employee as the rules read it (the API's Employee with its id). Dates are `YYYY-MM-DD`. */
export interface Contract {
  contractId: string;
  startDate: string;
  endDate?: string | null;
  type: 'fixedTerm' | 'permanent';
}

export interface Absence {
  absenceId: string;
  startDate: string;
  /** Recovery date: the first day the employee is no longer sick; null while open. */
  endDate?: string | null;
}

export interface Employee {
  employeeId: string;
  employeeNumber?: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  deceasedDate?: string | null;
  marriageDate?: string | null;
  departmentId?: string | null;
  employment: {
    startDate: string;
    historicalStartDate?: string | null;
    endDate?: string | null;
    probationEndDate?: string | null;
  };
  contracts?: Contract[];
  nextPayScaleIncreaseDate?: string | null;
  idDocumentExpiryDate?: string | null;
  residencePermitExpiryDate?: string | null;
  absences?: Absence[];
}

export const employeeName = (e: Pick<Employee, 'firstName' | 'lastName'>) =>
  `${e.firstName} ${e.lastName}`.trim();
