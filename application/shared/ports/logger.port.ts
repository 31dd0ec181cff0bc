export type LogFields = Readonly<Record<string, unknown>>;

/** Structured logs. Never pass personal data or individual numbers in fields. */
export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}
