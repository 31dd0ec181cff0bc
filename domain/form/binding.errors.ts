import { DomainError } from '../shared';

/**
 * A binding that cannot be read: bad syntax (`FORM.BINDING_SYNTAX`, with the position) or words the
 * binding language does not know (`FORM.BINDING_INVALID`, with every problem). Data never causes it: missing
 * data resolves to null.
 */
export class BindingError extends DomainError {
  constructor(
    code: 'FORM.BINDING_SYNTAX' | 'FORM.BINDING_INVALID',
    readonly binding: string,
    message: string,
    /** 0-based character position of a syntax error. */
    readonly position?: number,
  ) {
    super(code, 'invalid', message);
    this.name = 'BindingError';
  }
}
