import type { CityConfiguration, Weekday } from './city-configuration';
import { nationalHolidays } from './national-holidays';

const weekdays: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/**
 * Whether the city's offices are closed on a day ('YYYY-MM-DD'): a weekday without opening hours, a listed
 * 'MM-DD' (年末年始 12-29 … 01-03), or a national holiday when the list says 'national-holidays'.
 */
export function cityClosedDays(hours: CityConfiguration['hours']): (day: string) => boolean {
  const closedMonthDays = new Set(hours.closedDays.filter((entry) => /^\d{2}-\d{2}$/.test(entry)));
  const onHolidays = hours.closedDays.includes('national-holidays');
  return (day) => {
    const weekday = weekdays[new Date(`${day}T00:00:00Z`).getUTCDay()] ?? 'sun';
    if (!hours.opening[weekday]) return true;
    if (closedMonthDays.has(day.slice(5))) return true;
    return onHolidays && nationalHolidays(Number(day.slice(0, 4))).has(day);
  };
}
