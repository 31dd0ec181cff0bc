import type { Logger } from '../../application/shared/ports';

/** For tests: keeps nothing. */
export class SilentLogger implements Logger {
  info(): void {}
  warn(): void {}
  error(): void {}
  child(): Logger {
    return this;
  }
}
