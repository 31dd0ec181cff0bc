import { DomainError } from '../shared';

/** A JSON Logic expression that cannot be evaluated (an operator we do not know). */
export class JsonLogicError extends DomainError {
  constructor(
    code: string,
    message: string,
    /** The operators that caused it (for an unknown operator: the operator's name). */
    readonly operators: readonly string[],
  ) {
    super(code, 'invalid', message);
    this.name = 'JsonLogicError';
  }
}

export const jsonLogicErrors = {
  unknownOperator: (operators: readonly string[]) =>
    new JsonLogicError(
      'PROCEDURE.JSON_LOGIC_UNKNOWN_OPERATOR',
      `条件式に使えない演算子があります: ${operators.map((operator) => `「${operator}」`).join('、')}`,
      operators,
    ),
};
