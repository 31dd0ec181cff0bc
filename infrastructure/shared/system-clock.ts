import type { Clock } from '../../application/shared/ports';

export class SystemClock implements Clock {
  now(): string {
    return new Date().toISOString();
  }
}
