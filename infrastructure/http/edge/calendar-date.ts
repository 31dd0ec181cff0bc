import { registerDecorator, type ValidationOptions } from 'class-validator';

/** YYYY-MM-DD naming a day that exists (no 2023-13-01, no 2023-02-29), years 1868 to 2999. */
export function isCalendarDate(text: unknown): boolean {
  if (typeof text !== 'string') return false;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1868 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** class-validator: the property is a real calendar date as YYYY-MM-DD. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: '実在する日付を YYYY-MM-DD の形式で入力してください。', ...options },
      validator: { validate: (value: unknown) => isCalendarDate(value) },
    });
  };
}
