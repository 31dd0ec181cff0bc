import { assertNever, type CommandMetadata, type Decider, DomainError } from '../shared';
import type { FormTemplateEvent } from './form-template.events';
import type { FormTemplateContent } from './form-template.types';
import { validateFormTemplate } from './form-template.validation';

type Command<Type extends string, Data> = { readonly type: Type; readonly data: Data & { readonly templateId: string }; readonly metadata: CommandMetadata };

export type SaveFormTemplateDraft = Command<'SaveFormTemplateDraft', { content: FormTemplateContent }>;
export type PublishFormTemplate = Command<'PublishFormTemplate', object>;
export type RetireFormTemplate = Command<'RetireFormTemplate', { reason: string }>;
export type FormTemplateCommand = SaveFormTemplateDraft | PublishFormTemplate | RetireFormTemplate;

export type FormTemplateState =
  | { readonly status: 'none' }
  | {
      readonly status: 'active' | 'retired';
      readonly templateId: string;
      readonly draft: FormTemplateContent | null;
      readonly latestVersion: number;
    };

export const formTemplateErrors = {
  invalid: (problems: ReadonlyArray<{ path: string; message: string }>) =>
    new DomainError(
      'FORM_TEMPLATE.INVALID',
      'invalid',
      `様式に誤りがあるため保存できません（${problems.length}件）: ${problems[0]?.message ?? ''}`,
      problems.map((p) => ({ field: p.path, message: p.message })),
    ),
  idMismatch: () => new DomainError('FORM_TEMPLATE.ID_MISMATCH', 'invalid', '様式の id は変更できません。'),
  notFound: () => new DomainError('FORM_TEMPLATE.NOT_FOUND', 'not_found', '指定された様式は見つかりません。'),
  noDraft: () => new DomainError('FORM_TEMPLATE.NO_DRAFT', 'conflict', '公開する下書きがありません。先に様式を保存してください。'),
  retired: () => new DomainError('FORM_TEMPLATE.RETIRED', 'conflict', 'この様式は廃止されています。'),
  reasonRequired: () => new DomainError('FORM_TEMPLATE.REASON_REQUIRED', 'invalid', '廃止の理由を入力してください。'),
};

function saveDraft(command: SaveFormTemplateDraft, state: FormTemplateState): FormTemplateEvent[] {
  const { templateId, content } = command.data;
  if (content.id !== templateId) throw formTemplateErrors.idMismatch();
  const problems = validateFormTemplate(content);
  if (problems.length > 0) throw formTemplateErrors.invalid(problems);
  if (state.status !== 'none' && state.draft && JSON.stringify(state.draft) === JSON.stringify(content)) return [];
  return [{ type: 'FormTemplateDraftSaved', data: { templateId, content } }];
}

function publish(command: PublishFormTemplate, state: FormTemplateState): FormTemplateEvent[] {
  if (state.status === 'none') throw formTemplateErrors.notFound();
  if (!state.draft) throw formTemplateErrors.noDraft();
  return [
    {
      type: 'FormTemplateVersionPublished',
      data: { templateId: state.templateId, version: state.latestVersion + 1, content: state.draft, publishedAt: command.metadata.now },
    },
  ];
}

function retire(command: RetireFormTemplate, state: FormTemplateState): FormTemplateEvent[] {
  if (state.status === 'none') throw formTemplateErrors.notFound();
  if (state.status === 'retired') throw formTemplateErrors.retired();
  const reason = command.data.reason.trim();
  if (!reason) throw formTemplateErrors.reasonRequired();
  return [{ type: 'FormTemplateRetired', data: { templateId: state.templateId, reason, retiredAt: command.metadata.now } }];
}

export function decideFormTemplate(command: FormTemplateCommand, state: FormTemplateState): FormTemplateEvent[] {
  switch (command.type) {
    case 'SaveFormTemplateDraft':
      return saveDraft(command, state);
    case 'PublishFormTemplate':
      return publish(command, state);
    case 'RetireFormTemplate':
      return retire(command, state);
    default:
      return assertNever(command);
  }
}

/** Saving a draft of a retired template brings it back (as a draft, until published). */
export function evolveFormTemplate(state: FormTemplateState, event: FormTemplateEvent): FormTemplateState {
  const base = state.status === 'none' ? { templateId: event.data.templateId, draft: null, latestVersion: 0 } : state;
  switch (event.type) {
    case 'FormTemplateDraftSaved':
      return { ...base, status: 'active', draft: event.data.content };
    case 'FormTemplateVersionPublished':
      return { ...base, status: 'active', draft: null, latestVersion: event.data.version };
    case 'FormTemplateRetired':
      return { ...base, status: 'retired' };
    default:
      return state;
  }
}

export const formTemplateDecider: Decider<FormTemplateCommand, FormTemplateEvent, FormTemplateState> = {
  decide: decideFormTemplate,
  evolve: evolveFormTemplate,
  initialState: { status: 'none' },
};

export const formTemplateStreamId = (templateId: string): string => `form-template-${templateId}`;
