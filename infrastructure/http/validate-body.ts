import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { lineBreakFault } from './edge/multi-line';
import { HttpProblem } from './http-problem';

export type DtoClass<T extends object> = new () => T;

function flatten(errors: readonly ValidationError[], parent = ''): Array<{ field: string; message: string }> {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Turns a JSON body into a validated DTO, or throws 400 with every problem listed in Japanese. */
export async function validateBody<T extends object>(dto: DtoClass<T>, body: unknown): Promise<T> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpProblem(400, 'HTTP.BODY_REQUIRED', '送信内容（JSON オブジェクト）がありません。');
  }
  const instance = plainToInstance(dto, body);
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: true });
  if (errors.length > 0) {
    const list = flatten(errors).map((e) =>
      e.message.startsWith('property ') ? { field: e.field, message: `項目「${e.field}」は受け付けていません。` } : e,
    );
    throw new HttpProblem(400, 'HTTP.INVALID_BODY', list.map((e) => e.message).join(' '), list);
  }
  const field = lineBreakFault(instance);
  if (field) {
    const message = `項目「${field}」に改行やタブは入れられません。`;
    throw new HttpProblem(400, 'HTTP.INVALID_BODY', message, [{ field, message }]);
  }
  return instance;
}
