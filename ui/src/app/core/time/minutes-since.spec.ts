import { formatMinutes, minutesSince } from './minutes-since';

describe('minutesSince', () => {
  const now = Date.parse('2026-11-24T01:30:00Z');

  it('counts whole minutes, rounding down', () => {
    expect(minutesSince('2026-11-24T01:17:30Z', now)).toBe(12);
    expect(minutesSince('2026-11-24T01:29:01Z', now)).toBe(0);
  });

  it('never goes below zero when the PC clock is a little behind the server', () => {
    expect(minutesSince('2026-11-24T01:31:00Z', now)).toBe(0);
  });

  it('gives null for no time at all', () => {
    expect(minutesSince(null, now)).toBeNull();
    expect(minutesSince('not a time', now)).toBeNull();
  });
});

describe('formatMinutes', () => {
  it('writes minutes, then hours and minutes', () => {
    expect(formatMinutes(0)).toBe('0分');
    expect(formatMinutes(59)).toBe('59分');
    expect(formatMinutes(60)).toBe('1時間');
    expect(formatMinutes(75)).toBe('1時間15分');
    expect(formatMinutes(null)).toBe('—');
  });
});
