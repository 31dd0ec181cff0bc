import { Backoff, sleep } from '../../../application/shared/processing';

describe('backoff', () => {
  it('starts at 100 ms and doubles up to 10 s by default', () => {
    const backoff = new Backoff({ jitter: 0 });
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 20].map((n) => backoff.delay(n))).toEqual([100, 200, 400, 800, 1600, 3200, 6400, 10_000, 10_000, 10_000]);
  });

  it('takes a random share of at most half the delay off, so that instances do not retry in step', () => {
    expect(new Backoff({}, () => 0).delay(3)).toBe(400);
    expect(new Backoff({}, () => 0.999999).delay(3)).toBe(200);
    expect(new Backoff({}, () => 0.5).delay(20)).toBe(7500);
  });

  it('sleeps no longer once told to stop', async () => {
    const stop = new AbortController();
    const started = Date.now();
    const sleeping = sleep(10_000, stop.signal);
    stop.abort();
    await sleeping;
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
