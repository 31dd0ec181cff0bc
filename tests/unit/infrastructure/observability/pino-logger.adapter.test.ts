import express from 'express';
import type { AddressInfo } from 'node:net';
import { problemDetailsMiddleware } from '../../../../infrastructure/http/problem-details.middleware';
import { PinoLogger } from '../../../../infrastructure/observability/pino-logger.adapter';

function captured(): { logger: PinoLogger; lines: () => Array<Record<string, unknown>> } {
  let text = '';
  const logger = PinoLogger.create({ service: 'madoguchi' }, { destination: { write: (chunk: string) => void (text += chunk) } });
  return { logger, lines: () => text.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>) };
}

describe('the pino logger adapter', () => {
  it('writes one JSON line per call: ISO time, level label, msg, the bindings and the fields', () => {
    const { logger, lines } = captured();
    logger.child({ component: 'projections' }).warn('projection failed on an event; document kept', { readModel: 'visit-board', type: 'VisitOpened' });
    expect(lines()).toEqual([
      expect.objectContaining({
        level: 'warn',
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        msg: 'projection failed on an event; document kept',
        service: 'madoguchi',
        component: 'projections',
        readModel: 'visit-board',
        type: 'VisitOpened',
      }),
    ]);
  });

  it('redacts personal fields, in the fields, in nested objects and in the bindings, and scrubs the message', () => {
    const { logger, lines } = captured();
    logger.child({ atenaNumber: '1000001011' }).info('resident 1000001011 looked up', {
      name: '菊池　健太',
      resident: { nameKana: 'キクチ　ケンタ', household: [{ birthDate: '1988-07-14' }] },
      note: '個人番号 123456789012, 電話 0198-24-2111',
    });
    const text = JSON.stringify(lines());
    for (const value of ['1000001011', '菊池', 'キクチ', '1988-07-14', '123456789012', '0198-24-2111']) expect(text).not.toContain(value);
    expect(lines()[0]).toMatchObject({ msg: 'resident [REDACTED] looked up', name: '[REDACTED]', atenaNumber: '[REDACTED]' });
  });

  it('logs an unexpected error of a request with the route pattern, the code and the stack, not the error text', async () => {
    const { logger, lines } = captured();
    const app = express();
    app.get('/api/residents/:atenaNumber', (req) => {
      throw new Error(`菊池\u3000健太 ${req.params['atenaNumber']} broke`);
    });
    app.use(problemDetailsMiddleware(logger));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/residents/1000001011`);
      expect(response.status).toBe(500);
    } finally {
      server.close();
    }
    const [line] = lines();
    expect(line).toMatchObject({ level: 'error', msg: 'request failed', route: '/api/residents/:atenaNumber', code: 'SYSTEM.UNEXPECTED', errorType: 'Error' });
    expect(line?.['stack']).toEqual(expect.arrayContaining([expect.stringMatching(/^at /)]));
    expect(JSON.stringify(line)).not.toMatch(/菊池|1000001011|broke/);
  });
});
