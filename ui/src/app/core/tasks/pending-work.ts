import { computed, inject, PendingTasks, type Signal, signal } from '@angular/core';

/** Commands in flight, counted for a busy state and registered with Angular's PendingTasks. */
export interface PendingWork {
  /** True while at least one piece of work runs. */
  readonly busy: Signal<boolean>;
  /** Runs `work`; the app is not stable (`fixture.whenStable()`) until it has finished. */
  run<T>(work: () => Promise<T>): Promise<T>;
}

/** Call in an injection context (a store's field initialiser). */
export function pendingWork(): PendingWork {
  const pendingTasks = inject(PendingTasks);
  const count = signal(0);
  return {
    busy: computed(() => count() > 0),
    async run<T>(work: () => Promise<T>): Promise<T> {
      count.update((n) => n + 1);
      const done = pendingTasks.add(); // stable only once the outcome is on screen
      try {
        return await work();
      } finally {
        count.update((n) => n - 1);
        done();
      }
    },
  };
}
