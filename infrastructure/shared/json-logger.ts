import type { LogFields, Logger } from '../../application/shared/ports';

type Level = 'info' | 'warn' | 'error';

/** One JSON object per line on stdout/stderr: time, level, msg and fields. */
export class JsonLogger implements Logger {
  constructor(
    private readonly base: LogFields = {},
    private readonly write: (level: Level, line: string) => void = (level, line) =>
      (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`),
  ) {}

  info(message: string, fields?: LogFields): void {
    this.log('info', message, fields);
  }

  warn(message: string, fields?: LogFields): void {
    this.log('warn', message, fields);
  }

  error(message: string, fields?: LogFields): void {
    this.log('error', message, fields);
  }

  child(fields: LogFields): Logger {
    return new JsonLogger({ ...this.base, ...fields }, this.write);
  }

  private log(level: Level, msg: string, fields?: LogFields): void {
    this.write(level, JSON.stringify({ time: new Date().toISOString(), level, msg, ...this.base, ...fields }, bigintSafe));
  }
}

function bigintSafe(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

/** For tests: keeps nothing. */
export class SilentLogger implements Logger {
  info(): void {}
  warn(): void {}
  error(): void {}
  child(): Logger {
    return this;
  }
}
