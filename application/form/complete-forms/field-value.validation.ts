import type { FieldDefinition } from '../../../domain/form/form-template.types';
import type { FormValue } from '../../../domain/form/visit-forms.events';

const toHalfWidth = (text: string) => text.replace(/[０-９Ａ-Ｚａ-ｚ－（）]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/ー/g, '-');

/** The value as stored: trimmed, digits half-width where the type is numeric. */
export function normalizeFieldValue(field: FieldDefinition, value: FormValue): FormValue {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (trimmed === '') return null;
  return field.type === 'phone' || field.type === 'postal-code' || field.type === 'number' ? toHalfWidth(trimmed) : trimmed;
}

/** A Japanese message when the value breaks the field's rules (required is checked when printing). */
export function checkFieldValue(field: FieldDefinition, value: FormValue): string | null {
  if (value === null) return null;
  const label = `「${field.label}」`;
  if (field.type === 'checkbox') return typeof value === 'boolean' ? null : `${label}は はい/いいえ で指定してください。`;
  if (typeof value !== 'string') return `${label}は文字で入力してください。`;
  if (field.maxLength && [...value].length > field.maxLength) return `${label}は${field.maxLength}文字以内で入力してください（現在${[...value].length}文字）。`;
  switch (field.type) {
    case 'kana':
      if (!/^[\u30a0-\u30ff\u3000 ]+$/.test(value)) return `${label}は全角カタカナで入力してください。`;
      break;
    case 'phone':
      if (!/^[0-9-()]{10,15}$/.test(value)) return `${label}は電話番号（例: 0198-24-2111）を入力してください。`;
      break;
    case 'postal-code':
      if (!/^\d{3}-?\d{4}$/.test(value)) return `${label}は郵便番号（例: 025-0075）を入力してください。`;
      break;
    case 'number':
      if (!/^-?\d+(\.\d+)?$/.test(value)) return `${label}は数字で入力してください。`;
      break;
    case 'date':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value) && !/^(明治|大正|昭和|平成|令和)(元|\d{1,2})年\d{1,2}月\d{1,2}日$/.test(value)) {
        return `${label}は日付（例: 令和8年11月24日）を入力してください。`;
      }
      break;
    case 'choice':
      if (!(field.choices ?? []).some((c) => c.value === value || c.label === value)) return `${label}は選択肢から選んでください。`;
      break;
    default:
      break;
  }
  if (field.pattern && !new RegExp(field.pattern).test(value)) return field.patternMessage ?? `${label}の形式が正しくありません。`;
  return null;
}
