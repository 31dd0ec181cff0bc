/** 'YYYY-MM-DD' of an instant in a time zone (tickets and ages count in the city's own days). */
export function localDayIn(timeZone: string): (instant: string) => string {
  const format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return (instant) => format.format(new Date(instant));
}
