import { hostname } from 'node:os';
import pino, { type DestinationStream, type Logger as Pino } from 'pino';
import type { LogFields, Logger } from '../../application/shared/ports';
import { REDACTED, scrubFields, scrubText } from './personal-data.scrubber';

/** Field names that must never be logged, at the top level and one level down (pino redact paths). */
const personalFields = [
  'name',
  'nameKana',
  'kana',
  'address',
  'birthDate',
  'atena',
  'atenaNumber',
  'atenaNumbers',
  'myNumber',
  'individualNumber',
  'phone',
  'password',
  'csrfToken',
  'cookie',
  'authorization',
];
export const redactPaths: readonly string[] = [
  ...personalFields,
  ...personalFields.map((field) => `*.${field}`),
  'headers.cookie',
  'headers.authorization',
  '*.headers.cookie',
  '*.headers.authorization',
];

export interface PinoLoggerOptions {
  /** Where the JSON lines go; default stdout (synchronous, so a line written before exit is kept). */
  readonly destination?: DestinationStream;
  readonly level?: 'info' | 'warn' | 'error';
}

/**
 * The Logger port on pino: one JSON object per line on stdout with time (ISO-8601), level (label), msg,
 * the bindings and the fields. Personal data is kept out twice: pino's redact paths for the field names we
 * know, and the scrubber for every field name and value the adapter is given (message and bindings too).
 */
export class PinoLogger implements Logger {
  private constructor(private readonly pino: Pino) {}

  static create(base: LogFields = {}, options: PinoLoggerOptions = {}): PinoLogger {
    const logger = pino(
      {
        level: options.level ?? 'info',
        base: { pid: process.pid, hostname: hostname(), ...scrubFields(base) },
        messageKey: 'msg',
        timestamp: pino.stdTimeFunctions.isoTime,
        formatters: { level: (label) => ({ level: label }) },
        redact: { paths: [...redactPaths], censor: REDACTED },
      },
      options.destination ?? pino.destination({ dest: 1, sync: true }),
    );
    return new PinoLogger(logger);
  }

  info(message: string, fields?: LogFields): void {
    this.pino.info(scrubFields(fields), scrubText(message));
  }

  warn(message: string, fields?: LogFields): void {
    this.pino.warn(scrubFields(fields), scrubText(message));
  }

  error(message: string, fields?: LogFields): void {
    this.pino.error(scrubFields(fields), scrubText(message));
  }

  child(fields: LogFields): Logger {
    return new PinoLogger(this.pino.child(scrubFields(fields)));
  }
}
