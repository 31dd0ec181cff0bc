export interface BackoffOptions {
  /** Delay before the first retry. Default 100 ms. */
  readonly initialMs?: number;
  /** The delay never grows past this. Default 10 s. */
  readonly maxMs?: number;
  /** Growth per failure. Default 2 (doubling). */
  readonly factor?: number;
  /** Share of the delay taken off at random (0: none, 1: up to all of it). Default 0.5. */
  readonly jitter?: number;
}

/**
 * Exponential backoff with jitter: 100 ms, 200 ms, 400 ms ... up to 10 s by default, each shortened by a
 * random share so that instances failing together do not retry together.
 */
export class Backoff {
  private readonly initialMs: number;
  private readonly maxMs: number;
  private readonly factor: number;
  private readonly jitter: number;

  constructor(options: BackoffOptions = {}, private readonly random: () => number = Math.random) {
    this.initialMs = options.initialMs ?? 100;
    this.maxMs = options.maxMs ?? 10_000;
    this.factor = options.factor ?? 2;
    this.jitter = Math.min(1, Math.max(0, options.jitter ?? 0.5));
  }

  /** Milliseconds to wait after the `failures`-th consecutive failure (1 for the first). */
  delay(failures: number): number {
    const exponent = Math.max(0, failures - 1);
    const base = Math.min(this.maxMs, this.initialMs * this.factor ** exponent);
    return Math.round(base * (1 - this.jitter * this.random()));
  }
}

/** Resolves after `ms`, or at once when `signal` aborts (a stopping processor does not wait out its delay). */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
