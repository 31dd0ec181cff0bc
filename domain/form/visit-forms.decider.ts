import { assertNever, type CommandMetadata, type Decider } from '../shared';
import { decidePrint, type RecordFormsPrinted } from './decide-print';
import { visitFormsErrors } from './visit-forms.errors';
import type { FormValue, VisitFormsEvent } from './visit-forms.events';
import { initialVisitFormsState, type VisitFormsState } from './visit-forms.state';

export type { FormSignatureBoxes, RecordFormsPrinted } from './decide-print';
export { visitFormsErrors } from './visit-forms.errors';

type Command<Type extends string, Data> = { readonly type: Type; readonly data: Data & { readonly visitId: string }; readonly metadata: CommandMetadata };

export interface FormToFill {
  readonly formId: string;
  readonly templateId: string;
  readonly version: number;
  readonly procedureIds: readonly string[];
  readonly personId: string | null;
  readonly prefilled: Readonly<Record<string, FormValue>>;
}

/** Create the forms the visit's procedures need that do not exist yet (same template and person). */
export type FillForms = Command<'FillForms', { forms: readonly FormToFill[] }>;
/** Values already checked against the fields' rules by the use case (it knows the templates). */
export type CorrectForms = Command<'CorrectForms', { formId: string | null; values: Readonly<Record<string, FormValue>> }>;
export type SignForm = Command<'SignForm', { formId: string; fieldId: string; png: string }>;
export type VoidForm = Command<'VoidForm', { formId: string; reason: string }>;
export type VisitFormsCommand = FillForms | CorrectForms | SignForm | RecordFormsPrinted | VoidForm;

function live(state: VisitFormsState, formId: string) {
  const form = state.forms.find((f) => f.formId === formId);
  if (!form) throw visitFormsErrors.unknownForm();
  if (form.voided) throw visitFormsErrors.voided();
  return form;
}

export function decideVisitForms(command: VisitFormsCommand, state: VisitFormsState): VisitFormsEvent[] {
  const { visitId } = command.data;
  const now = command.metadata.now;
  switch (command.type) {
    case 'FillForms': {
      const exists = (f: FormToFill) => state.forms.some((g) => !g.voided && g.templateId === f.templateId && g.personId === f.personId);
      return command.data.forms.filter((f) => !exists(f)).map((f) => ({
        type: 'FormFilled' as const,
        data: { visitId, formId: f.formId, templateId: f.templateId, version: f.version, procedureIds: [...f.procedureIds], personId: f.personId, prefilled: { ...f.prefilled } },
      }));
    }
    case 'CorrectForms': {
      const { formId, values } = command.data;
      const current = formId === null ? state.shared : live(state, formId).corrections;
      const changed = Object.fromEntries(Object.entries(values).filter(([id, value]) => current[id] !== value));
      return Object.keys(changed).length === 0 ? [] : [{ type: 'FormCorrected', data: { visitId, formId, values: changed } }];
    }
    case 'SignForm': {
      live(state, command.data.formId);
      if (!/^[A-Za-z0-9+/=]{100,}$/.test(command.data.png)) throw visitFormsErrors.emptySignature();
      return [{ type: 'FormSigned', data: { visitId, formId: command.data.formId, fieldId: command.data.fieldId, png: command.data.png, signedAt: now } }];
    }
    case 'RecordFormsPrinted':
      return decidePrint(command, state, (formId) => live(state, formId));
    case 'VoidForm': {
      live(state, command.data.formId);
      const reason = command.data.reason.trim();
      if (!reason) throw visitFormsErrors.reasonRequired();
      return [{ type: 'FormVoided', data: { visitId, formId: command.data.formId, reason, voidedAt: now } }];
    }
    default:
      return assertNever(command);
  }
}

export function evolveVisitForms(state: VisitFormsState, event: VisitFormsEvent): VisitFormsState {
  const update = (formId: string, change: (f: VisitFormsState['forms'][number]) => VisitFormsState['forms'][number]) => ({
    ...state,
    forms: state.forms.map((f) => (f.formId === formId ? change(f) : f)),
  });
  switch (event.type) {
    case 'FormFilled': {
      const { visitId, formId, templateId, version, procedureIds, personId, prefilled } = event.data;
      return { ...state, visitId, forms: [...state.forms, { formId, templateId, version, procedureIds, personId, prefilled, corrections: {}, signatures: {}, printedAt: null, signedOnPaper: [], voided: false }] };
    }
    case 'FormCorrected':
      return event.data.formId === null
        ? { ...state, shared: { ...state.shared, ...event.data.values } }
        : update(event.data.formId, (f) => ({ ...f, corrections: { ...f.corrections, ...event.data.values } }));
    case 'FormSigned':
      return update(event.data.formId, (f) => ({ ...f, signatures: { ...f.signatures, [event.data.fieldId]: event.data.png } }));
    case 'FormPrinted': {
      const paper = event.data.signedOnPaper?.forms ?? [];
      return {
        ...state,
        forms: state.forms.map((f) => {
          if (!event.data.formIds.includes(f.formId)) return f;
          const onPaper = paper.find((p) => p.formId === f.formId)?.fieldIds ?? [];
          return { ...f, printedAt: event.data.printedAt, signedOnPaper: [...new Set([...f.signedOnPaper, ...onPaper])] };
        }),
      };
    }
    case 'FormVoided':
      return update(event.data.formId, (f) => ({ ...f, voided: true }));
    default:
      return state;
  }
}

export const visitFormsDecider: Decider<VisitFormsCommand, VisitFormsEvent, VisitFormsState> = {
  decide: decideVisitForms,
  evolve: evolveVisitForms,
  initialState: initialVisitFormsState,
};

/** All forms of one visit share a stream, so an item entered once reaches every form atomically. */
export const visitFormsStreamId = (visitId: string): string => `visit-forms-${visitId}`;
