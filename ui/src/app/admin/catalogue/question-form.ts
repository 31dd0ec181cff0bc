import { type AbstractControl, FormControl, FormGroup, type ValidationErrors, type ValidatorFn, Validators } from '@angular/forms';
import type { JsonLogicExpression, QuestionDefinition, QuestionType } from '@madoguchi/application/procedure/contracts/catalogue.contract';
import { lines } from './catalogue-admin-api';

/** Empty, or text that parses as JSON (the JSON Logic of a rule or of 「この質問を聞く条件」). */
export function jsonValidator(control: AbstractControl<string>): ValidationErrors | null {
  if (control.value.trim() === '') return null;
  try {
    JSON.parse(control.value);
    return null;
  } catch (error: unknown) {
    return { json: error instanceof Error ? error.message : 'JSON として読めません' };
  }
}

export type QuestionForm = FormGroup<{
  id: FormControl<string>;
  text: FormControl<string>;
  help: FormControl<string>;
  type: FormControl<QuestionType>;
  choices: FormControl<string>;
  required: FormControl<boolean>;
  askIf: FormControl<string>;
  knownFrom: FormControl<string>;
}>;

export const questionTypes: ReadonlyArray<{ readonly value: QuestionType; readonly label: string }> = [
  { value: 'boolean', label: 'はい／いいえ' },
  { value: 'choice', label: '1つ選ぶ' },
  { value: 'multi-choice', label: '複数選ぶ' },
  { value: 'number', label: '数' },
  { value: 'date', label: '日付' },
  { value: 'text', label: '文字' },
];

export function questionForm(question?: QuestionDefinition): QuestionForm {
  const text = (value: string, validators: ValidatorFn[] = []) => new FormControl(value, { nonNullable: true, validators });
  return new FormGroup({
    id: text(question?.id ?? '', [Validators.required, Validators.pattern(/^[a-z0-9_]+$/)]),
    text: text(question?.text ?? '', [Validators.required]),
    help: text(question?.help ?? ''),
    type: new FormControl<QuestionType>(question?.type ?? 'boolean', { nonNullable: true }),
    choices: text((question?.choices ?? []).map((choice) => `${choice.value}=${choice.label}`).join('\n')),
    required: new FormControl(question?.required ?? true, { nonNullable: true }),
    askIf: text(question?.askIf === undefined ? '' : JSON.stringify(question.askIf, null, 2), [jsonValidator]),
    knownFrom: text(question?.knownFrom === undefined ? '' : JSON.stringify(question.knownFrom, null, 2), [jsonValidator]),
  });
}

export function questionFrom(form: QuestionForm): QuestionDefinition {
  const value = form.getRawValue();
  const hasChoices = value.type === 'choice' || value.type === 'multi-choice';
  const choices = lines(value.choices).map((line) => {
    const [choiceValue = '', ...label] = line.split(/[=:＝：]/);
    return { value: choiceValue.trim(), label: (label.join('=') || choiceValue).trim() };
  });
  return {
    id: value.id.trim(),
    text: value.text.trim(),
    ...(value.help.trim() ? { help: value.help.trim() } : {}),
    type: value.type,
    ...(hasChoices ? { choices } : {}),
    ...(value.askIf.trim() ? { askIf: JSON.parse(value.askIf) as JsonLogicExpression } : {}),
    ...(value.knownFrom.trim() ? { knownFrom: JSON.parse(value.knownFrom) as JsonLogicExpression } : {}),
    required: value.required,
  };
}
