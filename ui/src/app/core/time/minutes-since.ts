/** Whole minutes from `iso` to `nowMs` (待ち時間), never negative; null for a missing or unreadable time. */
export function minutesSince(iso: string | null | undefined, nowMs: number): number | null {
  if (!iso) return null;
  const since = Date.parse(iso);
  if (Number.isNaN(since)) return null;
  return Math.max(0, Math.floor((nowMs - since) / 60_000));
}

/** 「12分」, 「1時間5分」: a waiting time as staff say it. */
export function formatMinutes(minutes: number | null): string {
  if (minutes === null) return '—';
  if (minutes < 60) return `${minutes}分`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours}時間` : `${hours}時間${rest}分`;
}
