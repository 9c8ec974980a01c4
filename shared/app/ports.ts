/** The clock the application reads; tests and time travel inject their own. */
export interface Clock {
  /** The current instant. */
  now(): Date;
  /** Today's calendar date in Europe/Amsterdam, `YYYY-MM-DD`. */
  today(): string;
}
