/** What every command carries in: the time, who acts, and the thread of work it belongs to. */
export interface CommandMetadata {
  /** ISO-8601 instant the command is decided at. */
  readonly now: string;
  /** The acting staff id (or 'system'). */
  readonly actor: string;
  readonly correlationId: string;
}
