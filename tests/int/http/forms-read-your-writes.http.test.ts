import type { VisitFormsDto } from '../../../application/form/read-models/visit-forms.dto';
import { visitFactsProjection } from '../../../application/form/read-models/visit-facts.projection';
import type { ReadModelStore } from '../../../application/shared/projections';
import { SharedTokens } from '../../../application/shared/shared.tokens';
import type { VisitOpenedDto } from '../../../application/visit/read-models/visit-workspace.dto';
import type { RunningServer } from '../../../src/server';
import { ApiClient } from '../../support/api-client';
import { act, type Changed, movingFamily } from '../../support/counter-flow';
import { startTestServer, TEST_PASSWORD } from '../../support/test-server';

jest.setTimeout(30_000);

/**
 * Forms were once filled from a read model that had not yet seen the interview answer just recorded. Form's
 * own visit facts are held back here (their commits fail until released, so the runner retries them): a
 * fill without `after` shows the stale facts, a fill with the answer's position waits and shows the answer.
 */
describe('filling forms right after an interview answer, with the visit facts projection slowed', () => {
  let server: RunningServer;
  let clerk: ApiClient;
  let held = false;

  beforeAll(async () => {
    server = await startTestServer();
    clerk = new ApiClient(server.url);
    expect((await clerk.login('shimin-toroku-01', TEST_PASSWORD)).status).toBe(200);
    const readModels = server.container.get<ReadModelStore>(SharedTokens.readModelStore);
    const commit = readModels.commit.bind(readModels);
    jest.spyOn(readModels, 'commit').mockImplementation((changes, checkpoints, deadLetters) => {
      if (held && checkpoints.some((c) => c.readModel === visitFactsProjection.readModel)) throw new Error('visit facts held back (test)');
      commit(changes, checkpoints, deadLetters);
    });
  });
  afterAll(async () => {
    jest.restoreAllMocks();
    await server.stop();
  });

  /** A family moving in, the life event chosen: the checklist asks for 住民異動届, whose moved_from_area (転入元) is bound to answers.moved_from. */
  async function movingInVisit(): Promise<{ visitId: string; revision: number }> {
    const opened = await clerk.json<VisitOpenedDto>('POST', '/api/visits', { counterId: 'shimin-toroku-01' });
    let revision = opened.body.revision;
    for (const member of movingFamily) revision = (await act(clerk, 'POST', `/api/visits/${opened.body.id}/persons/manual`, member, revision)).result.revision;
    revision = (await act(clerk, 'PUT', `/api/visits/${opened.body.id}/life-events`, { lifeEventIds: ['tennyu'] }, revision)).result.revision;
    return { visitId: opened.body.id, revision };
  }

  /** Records the answer with the projection held, as the clerk's screen does (no wait for any read). */
  async function answerHeld(visitId: string, revision: number): Promise<Changed> {
    held = true;
    const response = await clerk.request('PUT', `/api/visits/${visitId}/answers`, { answers: { moved_from: 'abroad' } }, { 'If-Match': `"${revision}"` });
    expect(response.status).toBe(200);
    const answered = (await response.json()) as Changed;
    expect(answered.position).toMatch(/^\d+\/\d+$/);
    return answered;
  }

  async function movedFrom(visitId: string, filled: Changed): Promise<unknown> {
    const forms = await clerk.json<VisitFormsDto>('GET', `/api/visits/${visitId}/forms?after=${encodeURIComponent(filled.position ?? '')}`);
    expect(forms.status).toBe(200);
    const form = forms.body.forms.find((f) => f.templateId === 'jumin-ido-todoke');
    expect(form).toBeDefined();
    return form!.fields.find((f) => f.id === 'moved_from_area')?.value;
  }

  it('without after, a fill made at once reads facts that have not seen the answer (the slowdown is real)', async () => {
    const { visitId, revision } = await movingInVisit();
    await answerHeld(visitId, revision);
    const filled = await clerk.json<Changed>('POST', `/api/visits/${visitId}/forms`);
    held = false;
    expect(filled.status).toBe(200);
    expect(await movedFrom(visitId, filled.body)).toBeNull();
  });

  it('with after=<the answer position>, the fill waits for the visit facts and the form shows the answer', async () => {
    const { visitId, revision } = await movingInVisit();
    const answered = await answerHeld(visitId, revision);
    const started = Date.now();
    const filling = clerk.json<Changed>('POST', `/api/visits/${visitId}/forms?after=${encodeURIComponent(answered.position!)}`);
    setTimeout(() => {
      held = false;
    }, 400);
    const filled = await filling;
    const waited = Date.now() - started;
    expect(filled.status).toBe(200);
    expect(filled.body.changed).toBe(true);
    expect(await movedFrom(visitId, filled.body)).toBe('abroad');
    expect(waited).toBeGreaterThanOrEqual(350);
  });

  it('refuses an after beyond the event store head at once, and fills nothing', async () => {
    const { visitId } = await movingInVisit();
    const refused = await clerk.json<{ code: string }>('POST', `/api/visits/${visitId}/forms?after=${encodeURIComponent('999999999/999999999')}`);
    expect([refused.status, refused.body.code]).toEqual([409, 'READ.POSITION_AHEAD']);
    const forms = await clerk.json<VisitFormsDto>('GET', `/api/visits/${visitId}/forms`);
    expect(forms.body.forms).toEqual([]);
  });
});
