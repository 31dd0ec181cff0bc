import type { FormFieldDto } from '@madoguchi/application/form/read-models/visit-forms.dto';
import { formatJapaneseDate } from '../../core/dates/japanese-date';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A form item's value as a person reads it: dates in the era (令和8年11月24日), choices by label, はい/いいえ. */
export function formValueText(field: Pick<FormFieldDto, 'type' | 'choices' | 'value'>): string {
  const value = field.value;
  if (value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? 'はい' : 'いいえ';
  if (field.type === 'date' && isoDate.test(value)) return formatJapaneseDate(`${value}T00:00:00+09:00`);
  if (field.type === 'choice') return field.choices.find((choice) => choice.value === value)?.label ?? value;
  return value;
}

/** The source of a value as a chip says it. */
export const sourceLabels: Readonly<Record<FormFieldDto['source'], string>> = {
  known: '既知',
  entered: '入力',
  empty: '未入力',
};
