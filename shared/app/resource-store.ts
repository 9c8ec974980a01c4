/** A single directory resource, by its ids. */
export type ResourceRef =
  | { kind: 'provider'; providerId: string }
  | { kind: 'providerUser'; providerId: string; userId: string }
  | { kind: 'employer'; employerId: string }
  | { kind: 'department'; employerId: string; departmentId: string }
  | { kind: 'employerUser'; employerId: string; userId: string }
  | { kind: 'employee'; employerId: string; employeeId: string }
  | { kind: 'providerDefaultSettings'; providerId: string }
  | { kind: 'providerUserSettings'; providerId: string; userId: string }
  | { kind: 'employerUserSettings'; employerId: string; userId: string }
  | { kind: 'signalSet'; providerId: string; setId: string }
  | { kind: 'customSignal'; employerId: string; employeeId: string; customSignalId: string }
  | { kind: 'providerTemplate'; providerId: string }
  | { kind: 'employerTemplate'; employerId: string }
  | { kind: 'providerMoments'; providerId: string }
  | { kind: 'employerMoments'; employerId: string }
  | { kind: 'providerEscalationPolicy'; providerId: string }
  | { kind: 'employerEscalationPolicy'; employerId: string }
  | { kind: 'providerUserSubstitutes'; providerId: string; userId: string }
  | { kind: 'employerUserSubstitutes'; employerId: string; userId: string }
  | { kind: 'webhookEndpoint'; providerId: string; webhookId: string };

/** A list of directory resources under one parent. */
export type ListRef =
  | { kind: 'providerUsers'; providerId: string }
  /** A provider's employers; with `only`, just those (a provider user limited to some employers). */
  | { kind: 'providerEmployers'; providerId: string; only?: readonly string[] | undefined }
  | { kind: 'departments'; employerId: string }
  | { kind: 'employerUsers'; employerId: string }
  | { kind: 'employees'; employerId: string }
  | { kind: 'signalSets'; providerId: string }
  | { kind: 'customSignals'; employerId: string; employeeId: string }
  /** Employer users' settings that applied a signal set (any version). */
  | { kind: 'setAppliedUsers'; providerId: string; setId: string }
  /** Employer users' settings that selected a signal set. */
  | { kind: 'setSelectedUsers'; providerId: string; setId: string }
  | { kind: 'webhookEndpoints'; providerId: string };

/** Every item of a partition, by entity kind: what the evaluation reads in one Query. */
export interface PartitionItems {
  [kind: string]: Stored[];
}

/** A resource as stored: its data plus the version behind its ETag and the audit fields. */
export interface Stored<T = Record<string, unknown>> {
  data: T;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
  /** Employers only: active products. */
  products?: string[];
}

/** If-Match (the version the caller last saw) and If-None-Match: * (create only). */
export interface Precondition {
  ifMatch?: number;
  ifNoneMatch?: boolean;
}

export interface Audit {
  by: string;
  at: string;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export interface PageRequest {
  limit: number;
  cursor?: string;
}

export type BatchResult = {
  employeeId: string;
  operation: 'upsert' | 'delete';
  result: 'created' | 'updated' | 'deleted' | 'absent';
};

/**
 * Storage of the directory. Implementations make every write conditional: a failed If-Match or
 * If-None-Match is a PreconditionFailedError, a missing resource on delete a NotFoundError.
 */
export interface ResourceStore {
  get<T>(ref: ResourceRef): Promise<Stored<T> | undefined>;
  /** Creates or replaces; `immutable` fields may not change once the resource exists (ConflictError). */
  put<T extends object>(
    ref: ResourceRef,
    data: T,
    audit: Audit,
    precondition: Precondition,
    immutable?: Partial<Record<keyof T & string, string>>,
  ): Promise<{ stored: Stored<T>; created: boolean }>;
  /** Deletes a resource, and in the same transaction the `dependents` that only it uses (when they exist). */
  delete(ref: ResourceRef, precondition: Precondition, dependents?: readonly ResourceRef[]): Promise<void>;
  list<T>(ref: ListRef, page: PageRequest): Promise<Page<Stored<T>>>;
  /** Activates or deactivates product 290 on an employer (kept in the sparse index of active employers). */
  setProduct290(employerId: string, active: boolean, audit: Audit): Promise<Stored>;
  /** Removes an employer and everything in its partition. */
  deleteEmployerCascade(employerId: string, precondition: Precondition): Promise<void>;
  /** Removes a provider, its users and settings, and all of its employers. */
  deleteProviderCascade(providerId: string, precondition: Precondition): Promise<void>;
  /**
   * Reads every item of an employer's partition (one paginated Query); `consistent` when the read
   * must see a write that just happened (a re-evaluation on a change), at twice the read units.
   */
  readEmployerPartition(employerId: string, consistent?: boolean): Promise<PartitionItems>;
  /** Reads every item of a provider's partition (one paginated Query); `consistent` as above. */
  readProviderPartition(providerId: string, consistent?: boolean): Promise<PartitionItems>;
  /**
   * An employer's partition with only these employees (and their custom signals): what a change
   * to them needs, not the other employees. Strongly consistent (it follows a write).
   */
  readEmployeesOfEmployer(employerId: string, employeeIds: readonly string[]): Promise<PartitionItems>;
  /** Applies up to 100 upserts and deletes of one employer's employees atomically. */
  batchEmployees(
    employerId: string,
    upserts: ReadonlyArray<{ employeeId: string; data: object }>,
    deletes: readonly string[],
    audit: Audit,
  ): Promise<BatchResult[]>;
}
