import { IsOptional, IsString, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { isCalendarDate } from '../../../infrastructure/http/edge/calendar-date';
import { parseJsonBody } from '../../../infrastructure/http/edge/json-body.middleware';
import { MultiLine } from '../../../infrastructure/http/edge/multi-line';
import { jsonFault, textFault } from '../../../infrastructure/http/edge/text-safety';
import { HttpProblem } from '../../../infrastructure/http/http-problem';
import { validateBody } from '../../../infrastructure/http/validate-body';

class NoteDto {
  @IsString() name!: string;
  @MultiLine() @IsOptional() @IsString() note?: string;
}
class OuterDto {
  @ValidateNested() @Type(() => NoteDto) inner!: NoteDto;
}

const limits = (maxDepth: number) => ({ maxDepth, maxItems: 50_000 });

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof HttpProblem ? error.code : String(error);
  }
};

describe('the edge refuses text that no field may hold', () => {
  it('names NUL, other control characters and lone surrogates, and lets tabs, line breaks and 𠮷 pass', () => {
    expect(textFault('a\u0000b')).toBe('control-character');
    expect(textFault('a\u001bb')).toBe('control-character');
    expect(textFault('a\u0085b')).toBe('control-character');
    expect(textFault('\ud800')).toBe('lone-surrogate');
    expect(textFault('x\udc00')).toBe('lone-surrogate');
    expect(textFault('𠮷野 辻\u{E0102}\t\r\n')).toBeUndefined();
  });

  it('finds a fault however deep it sits, without recursion, and stops at the depth limit', () => {
    expect(jsonFault({ a: [{ b: 'ok' }, { c: 'bad\u0000' }] }, limits(10))).toEqual({ kind: 'control-character', path: 'a[1].c' });
    expect(jsonFault(JSON.parse('{"a":{"__proto__":{"x":1}}}'), limits(10))).toEqual({ kind: 'dangerous-key', path: 'a.__proto__', key: '__proto__' });
    const deep = JSON.parse(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(jsonFault(deep, limits(40))?.kind).toBe('too-deep');
    expect(jsonFault({ a: { b: { c: 1 } } }, limits(40))).toBeUndefined();
    expect(jsonFault(new Array(60_000).fill(0), limits(40))?.kind).toBe('too-many-items');
    expect(jsonFault({ list: new Array(49_000).fill({}) }, limits(40))).toBeUndefined();
  });

  it('parses only UTF-8 JSON and names what is wrong', () => {
    expect(parseJsonBody(Buffer.from('{"氏名":"花巻 太郎"}'), limits(40))).toEqual({ 氏名: '花巻 太郎' });
    expect(codeOf(() => parseJsonBody(Buffer.from([0x22, 0xc3, 0x28, 0x22]), limits(40)))).toBe('HTTP.INVALID_UTF8');
    expect(codeOf(() => parseJsonBody(Buffer.from('{"a":'), limits(40)))).toBe('HTTP.MALFORMED_BODY');
    expect(codeOf(() => parseJsonBody(Buffer.from('{"constructor":{}}'), limits(40)))).toBe('HTTP.DANGEROUS_KEY');
    expect(codeOf(() => parseJsonBody(Buffer.from('{"a":"\\ud800"}'), limits(40)))).toBe('HTTP.LONE_SURROGATE');
  });

  it('takes only dates that exist', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('1989-01-08')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-13-01')).toBe(false);
    expect(isCalendarDate('2023-04-31')).toBe(false);
    expect(isCalendarDate('2023-4-1')).toBe(false);
    expect(isCalendarDate(20230401)).toBe(false);
  });

  it('refuses a line break in a single-line DTO field, nested too, and keeps it in a multi-line one', async () => {
    await expect(validateBody(NoteDto, { name: '花巻', note: '一行目\n二行目' })).resolves.toMatchObject({ note: '一行目\n二行目' });
    await expect(validateBody(NoteDto, { name: '花巻\n太郎' })).rejects.toMatchObject({ status: 400, code: 'HTTP.INVALID_BODY', errors: [{ field: 'name' }] });
    await expect(validateBody(OuterDto, { inner: { name: 'a\tb' } })).rejects.toMatchObject({ errors: [{ field: 'inner.name' }] });
  });
});
