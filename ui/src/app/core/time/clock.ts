import { DestroyRef, inject, Injectable, signal } from '@angular/core';

const tickMs = 1000;

/** The wall clock as a signal, ticking once a second: waiting times and board clocks count up by themselves. */
@Injectable({ providedIn: 'root' })
export class Clock {
  private readonly nowState = signal(Date.now());

  /** Milliseconds since the epoch, updated every second. */
  readonly now = this.nowState.asReadonly();

  constructor() {
    const timer = setInterval(() => this.nowState.set(Date.now()), tickMs);
    inject(DestroyRef).onDestroy(() => clearInterval(timer));
  }
}
