/** The time, from outside the domain. */
export interface Clock {
  /** ISO-8601 instant. */
  now(): string;
}
