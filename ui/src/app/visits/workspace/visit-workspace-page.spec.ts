import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { VisitWorkspaceDto } from '@madoguchi/application/visit/read-models/visit-workspace.dto';
import { Subject } from 'rxjs';
import { Session } from '../../core/auth/session';
import { CatalogueStore } from '../../core/catalogue/catalogue-store';
import { CityDirectory } from '../../core/city/city-directory';
import { provideAppIcons } from '../../core/icons/app-icons';
import { LiveUpdates } from '../../core/live/live-updates';
import { Clock } from '../../core/time/clock';
import { anItem, aWorkspace } from '../visit-workspace.fixture';
import { VisitWorkspacePage } from './visit-workspace-page';

const visitUrl = '/api/visits/v-1';
const statusUrl = `${visitUrl}/procedures/kokuho-kanyu/status`;
const clerk = { id: 'st-2', username: 'kokuho-iryo-01', displayName: '伊藤 健', role: 'counter' as const, departmentIds: ['kokuho-iryo'], counterId: 'kokuho-iryo-01' };

describe('VisitWorkspacePage', () => {
  let fixture: ComponentFixture<VisitWorkspacePage>;
  let backend: HttpTestingController;
  let live: Subject<void>;

  const element = () => fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => element().querySelector(`[data-testid="${id}"]`) as HTMLElement | null;
  const settle = () => fixture.whenStable();
  const expectRead = (): TestRequest => backend.expectOne((request) => request.method === 'GET' && request.url === visitUrl);

  async function load(workspace: VisitWorkspaceDto): Promise<void> {
    expectRead().flush(workspace);
    await settle();
  }

  async function clickDone(): Promise<TestRequest> {
    byTestId('status-kokuho-kanyu-done')!.click(); // the request leaves at once; the page is stable only once it is answered
    return backend.expectOne({ method: 'PUT', url: statusUrl });
  }

  beforeEach(async () => {
    live = new Subject<void>();
    TestBed.configureTestingModule({
      imports: [VisitWorkspacePage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideAppIcons(),
        { provide: LiveUpdates, useValue: { watch: jest.fn(() => live.asObservable()) } },
        { provide: Clock, useValue: { now: signal(Date.parse('2026-11-24T00:20:00Z')) } },
        { provide: CatalogueStore, useValue: { activeLifeEvents: signal([{ id: 'tennyu', name: '転入', description: '', questions: [], active: true }]), procedures: signal([]) } },
        {
          provide: CityDirectory,
          useValue: { departments: signal([]), counters: signal([]), counter: () => null, departmentName: () => '', city: signal(null) },
        },
      ],
    });
    TestBed.inject(Session).establish({ csrfToken: 't', staff: clerk });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(VisitWorkspacePage);
    fixture.componentRef.setInput('id', 'v-1');
    await settle();
  });

  afterEach(() => {
    // The forms section reads the visit's forms too (its own spec covers it).
    for (const read of backend.match((request) => request.url === `${visitUrl}/forms`)) if (!read.cancelled) read.flush({ visitId: 'v-1', revision: -1, forms: [], unavailableTemplates: [] });
    backend.verify();
  });

  it('sends the revision the screen shows, then reads until its own change is in', async () => {
    await load(aWorkspace({ revision: 5 }));

    const put = await clickDone();
    expect(put.request.headers.get('If-Match')).toBe('"5"');
    expect(put.request.body).toEqual({ status: 'done' });
    put.flush({ id: 'v-1', revision: 6, position: '40/40', changed: true });
    await settle();

    const read = expectRead();
    expect(read.request.params.get('after')).toBe('40/40');
    read.flush(aWorkspace({ revision: 6, checklist: [anItem({ status: 'done', statusLabel: '完了' })] }));
    await settle();
    expect(byTestId('checklist-item')!.dataset['status']).toBe('done');
    expect(byTestId('conflict-message')).toBeNull();
  });

  it.each([
    [412, '他の職員がこの来庁受付を変更しました。画面を更新してから、もう一度操作してください。'],
    [409, '同時に別の操作が行われました。もう一度お試しください。'],
  ])('on %i shows the server’s Japanese message and reloads the fresh state', async (status, detail) => {
    await load(aWorkspace({ revision: 5 }));

    const put = await clickDone();
    put.flush({ status, code: 'VISIT.CONFLICT', detail }, { status, statusText: 'Conflict' });
    await settle();

    expect(byTestId('conflict-message')?.textContent).toContain(detail);
    const fresh = aWorkspace({ revision: 7, checklist: [anItem({ status: 'not_needed', statusLabel: '不要', note: '社会保険に加入済み' })] });
    const read = expectRead();
    expect(read.request.params.has('after')).toBe(false);
    read.flush(fresh);
    await settle();

    expect(byTestId('checklist-item')!.dataset['status']).toBe('not_needed');
    expect(byTestId('workspace')!.dataset['revision']).toBe('7');
    expect(byTestId('conflict-message')?.textContent).toContain(detail);
  });

  it('reloads when the live channel says another clerk changed the visit', async () => {
    await load(aWorkspace({ revision: 5 }));

    live.next();
    await settle();
    expectRead().flush(aWorkspace({ revision: 6, checklist: [anItem({ status: 'in_progress', statusLabel: '対応中' })] }));
    await settle();

    expect(byTestId('checklist-item')!.dataset['status']).toBe('in_progress');
  });

  it('keeps an unsaved interview answer when the visit reloads, and saves it with the fresh revision', async () => {
    const question = { lifeEventId: 'tennyu', id: 'has_seal', text: '印鑑登録をしますか', help: null, type: 'boolean' as const, choices: [], required: false, answer: null };
    await load(aWorkspace({ revision: 5, questions: [question] }));

    byTestId('question-has_seal-yes')!.click();
    await settle();
    live.next();
    await settle();
    expectRead().flush(aWorkspace({ revision: 6, questions: [question] }));
    await settle();

    expect(byTestId('question-has_seal-yes')!.getAttribute('aria-pressed')).toBe('true');
    byTestId('answers-save')!.click();
    const put = backend.expectOne({ method: 'PUT', url: `${visitUrl}/answers` });
    expect(put.request.headers.get('If-Match')).toBe('"6"');
    expect(put.request.body).toEqual({ answers: { has_seal: true } });
    put.flush({ id: 'v-1', revision: 7, position: '50/50', changed: true });
    await settle();
    expectRead().flush(aWorkspace({ revision: 7, questions: [{ ...question, answer: true }] }));
    await settle();

    expect(byTestId('answers-saved')?.textContent).toContain('保存しました');
  });

  it('asks for the forms to be filled from facts that include the answer just saved (after=)', async () => {
    const question = { lifeEventId: 'tennyu', id: 'has_seal', text: '印鑑登録をしますか', help: null, type: 'boolean' as const, choices: [], required: false, answer: null };
    await load(aWorkspace({ revision: 6, questions: [question] }));
    byTestId('question-has_seal-yes')!.click();
    await settle();
    byTestId('answers-save')!.click();
    backend.expectOne({ method: 'PUT', url: `${visitUrl}/answers` }).flush({ id: 'v-1', revision: 7, position: '50/50', changed: true });
    await settle();
    expectRead().flush(aWorkspace({ revision: 7, questions: [{ ...question, answer: true }] }));
    await settle();

    byTestId('forms-create')!.click();
    const fill = backend.expectOne((request) => request.method === 'POST' && request.url === `${visitUrl}/forms`);
    expect(fill.request.params.get('after')).toBe('50/50');
    fill.flush({ visitId: 'v-1', revision: 0, position: '51/51', changed: true });
    await settle();
  });

  it('shows a closed visit read only', async () => {
    await load(aWorkspace({ status: 'closed', statusLabel: '完了', closedAt: '2026-11-24T01:00:00Z', closeReason: '後日来庁' }));

    expect(byTestId('visit-closed-banner')?.textContent).toContain('完了しています');
    expect(byTestId('visit-closed-banner')?.textContent).toContain('後日来庁');
    expect(byTestId('status-kokuho-kanyu-done')).toBeNull();
    expect(byTestId('close-visit')).toBeNull();
  });
});
