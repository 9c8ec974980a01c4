/** The clock the application reads; tests and time travel inject their own. */
export interface Clock {
  /** The current instant. */
  now(): Date;
  /** Today's calendar date in Europe/Amsterdam, `YYYY-MM-DD`. */
  today(): string;
  /** Waits (a retry's backoff); real time unless a test's clock makes it instant. */
  sleep?(ms: number): Promise<void>;
}

/** What the service counts (one namespace; see the dashboard and alarms in infra). */
export const METRICS = {
  /** Per run, at its completion. */
  runDuration: 'RunDuration',
  employersEvaluated: 'EmployersEvaluated',
  employersFailed: 'EmployersFailed',
  signalsCreated: 'SignalsCreated',
  signalsWithdrawn: 'SignalsWithdrawn',
  runsCompleted: 'RunsCompleted',
  /** Per digest delivery. */
  digestsSent: 'DigestsSent',
  digestsFailed: 'DigestsFailed',
  digestsSuppressed: 'DigestsSuppressed',
  digestsCollected: 'DigestsCollected',
  digestsPaused: 'DigestsPaused',
  /** Per evaluation: legal events whose escalation reached nobody at any level (each counted once). */
  eventsUnescalated: 'EventsUnescalated',
} as const;
export type MetricName = (typeof METRICS)[keyof typeof METRICS];

/** Counts and durations the service reports (CloudWatch EMF in Lambda; nothing locally). */
export interface AppMetrics {
  count(name: MetricName, value?: number): void;
  milliseconds(name: MetricName, value: number): void;
}

/** Metrics that go nowhere: the local stack and the tests. */
export const noMetrics: AppMetrics = { count() {}, milliseconds() {} };
