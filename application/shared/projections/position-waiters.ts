import { comparePositions, type Position } from '../event-store';

interface Waiter {
  readonly position: Position;
  readonly resolve: (reached: boolean) => void;
  readonly timer: NodeJS.Timeout;
}

/** Callers waiting until the read models pass a position (read-your-own-writes). */
export class PositionWaiters {
  private waiters: Waiter[] = [];

  wait(position: Position, timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.timer !== timer);
        resolve(false);
      }, timeoutMs);
      this.waiters.push({ position, resolve, timer });
    });
  }

  release(reached: Position): void {
    const remaining: Waiter[] = [];
    for (const waiter of this.waiters) {
      if (comparePositions(reached, waiter.position) >= 0) {
        clearTimeout(waiter.timer);
        waiter.resolve(true);
      } else remaining.push(waiter);
    }
    this.waiters = remaining;
  }

  abandonAll(): void {
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.resolve(false);
    }
    this.waiters = [];
  }
}
