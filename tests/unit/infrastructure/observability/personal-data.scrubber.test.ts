import { REDACTED, scrubText, scrubValue } from '../../../../infrastructure/observability/personal-data.scrubber';

describe('the personal-data scrubber of log lines', () => {
  it.each([
    ['an individual number of 12 digits', '個人番号 123456789012 を確認', '個人番号 [REDACTED] を確認'],
    ['an individual number in groups of four', 'no 1234 5678 9012.', 'no [REDACTED].'],
    ['a 宛名番号 of 10 digits', '/api/residents/1000001011', '/api/residents/[REDACTED]'],
    ['full-width digits', '宛名番号１０００００１０１１', '宛名番号[REDACTED]'],
    ['a phone number with hyphens', 'tel 0198-24-2111', 'tel [REDACTED]'],
    ['a full-width phone number', '０１９８－２４－２１１１', REDACTED],
    ['a birth date', 'born 1984-05-10', 'born [REDACTED]'],
    ['an era date', '昭和59年5月10日生', '[REDACTED]生'],
    ['the 番地 of an address', '岩手県花巻市花城町1番1号', '岩手県花巻市花城町[REDACTED]'],
    ['an e-mail address', 'mail hanamaki@example.jp now', 'mail [REDACTED] now'],
  ])('replaces %s', (_what, text, expected) => {
    expect(scrubText(text)).toBe(expected);
  });

  it.each([
    ['a timestamp', '2026-12-03T16:22:38.473Z'],
    ['a uuid whose last group is all digits', 'c228fcc0-e3a3-4108-bb24-455083310123'],
    ['a route pattern', '/api/residents/:atenaNumber'],
    ['a short count', 'head 167, 43 accounts'],
  ])('keeps %s', (_what, text) => {
    expect(scrubText(text)).toBe(text);
  });

  it('replaces fields named like personal data at any depth, whatever their value', () => {
    const scrubbed = scrubValue({
      visit: { persons: [{ name: '菊池　健太', nameKana: 'キクチ　ケンタ', birthDate: 'x', atenaNumber: 'x', myNumber: 'x', address: { town: 'x' }, phoneNumber: 'x' }] },
      readModel: 'visit-workspace',
      count: 3,
    });
    expect(scrubbed).toEqual({
      visit: { persons: [{ name: REDACTED, nameKana: REDACTED, birthDate: REDACTED, atenaNumber: REDACTED, myNumber: REDACTED, address: REDACTED, phoneNumber: REDACTED }] },
      readModel: 'visit-workspace',
      count: 3,
    });
  });

  it('reduces an error to its name and stack frames, without its message', () => {
    const scrubbed = scrubValue({ error: new Error('菊池　健太 (1000001011) は見つかりません') }) as { error: { type: string; stack: string[] } };
    expect(scrubbed.error.type).toBe('Error');
    expect(scrubbed.error.stack.length).toBeGreaterThan(0);
    expect(JSON.stringify(scrubbed)).not.toContain('菊池');
  });

  it('writes bigints as text and stops at a depth', () => {
    expect(scrubValue({ head: 167n })).toEqual({ head: '167' });
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 12; i++) deep = { deeper: deep };
    expect(JSON.stringify(scrubValue(deep))).toContain('[TRUNCATED]');
  });
});
