import { registerDecorator, type ValidationOptions } from 'class-validator';
import { isCalendarDate } from '../../../domain/shared';

export { isCalendarDate };

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
