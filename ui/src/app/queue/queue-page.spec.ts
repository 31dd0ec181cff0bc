import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import type { CounterDto, DepartmentDto } from '@madoguchi/application/city/city.dto';
import type { StaffSessionDto } from '@madoguchi/application/identity/read-models/staff.dto';
import type { DepartmentQueueDto, QueueItemDto } from '@madoguchi/application/visit/read-models/department-queue.dto';
import { Subject } from 'rxjs';
import { Session } from '../core/auth/session';
import { CityDirectory } from '../core/city/city-directory';
import { provideAppIcons } from '../core/icons/app-icons';
import { LiveUpdates } from '../core/live/live-updates';
import { Clock } from '../core/time/clock';
import { QueuePage } from './queue-page';

const department: DepartmentDto = { id: 'dep-shimin', name: '市民課', officeId: 'hq', building: '本庁', floor: '1階' };
const counter = { id: 'ctr-1', name: '1番窓口', departmentId: department.id } as CounterDto;
const clerk: StaffSessionDto = {
  id: 'st-1',
  username: 'yamada',
  displayName: '山田 花子',
  role: 'counter',
  departmentIds: [department.id],
  counterId: counter.id,
};

const now = Date.parse('2026-11-24T02:30:00Z');

function visit(visitId: string, since: string, extra: Partial<QueueItemDto> = {}): QueueItemDto {
  return {
    visitId,
    ticketNumber: 7,
    counterId: counter.id,
    counterName: '1番窓口',
    status: 'open',
    phase: 'in_service',
    phaseLabel: '対応中',
    since,
    openedAt: since,
    openedBy: 'st-1',
    openedByName: '山田 花子',
    applicantName: '花巻 太郎',
    lifeEventNames: ['転入'],
    openProcedures: 3,
    handOff: null,
    ...extra,
  };
}

function queue(position: string, ...visits: QueueItemDto[]): DepartmentQueueDto {
  return { departmentId: department.id, departmentName: '市民課', visits, position };
}

describe('QueuePage', () => {
  let fixture: ComponentFixture<QueuePage>;
  let backend: HttpTestingController;
  let live: Subject<void>;
  const queueUrl = `/api/departments/${department.id}/queue`;

  const rows = () => [...fixture.nativeElement.querySelectorAll('[data-testid="queue-row"]')] as HTMLElement[];
  const byTestId = (id: string) => fixture.nativeElement.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;

  beforeEach(async () => {
    live = new Subject<void>();
    TestBed.configureTestingModule({
      imports: [QueuePage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideAppIcons(),
        { provide: LiveUpdates, useValue: { watch: jest.fn(() => live.asObservable()), status: signal('connected') } },
        { provide: CityDirectory, useValue: { departments: signal([department]), counters: signal([counter]) } },
        { provide: Clock, useValue: { now: signal(now) } },
      ],
    });
    TestBed.inject(Session).establish({ csrfToken: 't', staff: clerk });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(QueuePage);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  it('shows each visit with its ticket, phase, minutes waited, applicant, life events and open procedures', async () => {
    backend.expectOne(queueUrl).flush(queue('10/10', visit('v-1', '2026-11-24T02:18:30Z'), visit('v-2', '2026-11-24T02:29:00Z', { ticketNumber: 8 })));
    await fixture.whenStable();

    expect(rows().map((row) => row.dataset['visitId'])).toEqual(['v-1', 'v-2']);
    expect(rows().map((row) => row.dataset['ticket'])).toEqual(['7', '8']);
    const text = rows()[0]!.textContent ?? '';
    for (const expected of ['7', '対応中', '11分', '花巻 太郎 様', '転入', '3件', '1番窓口']) expect(text).toContain(expected);
    expect(TestBed.inject(LiveUpdates).watch).toHaveBeenCalledWith('department-queue', department.id);
  });

  it('shows on the row where a resident was sent from, with the hand-off memo', async () => {
    const sent = visit('v-4', '2026-11-24T02:20:00Z', { phase: 'waiting', phaseLabel: '案内待ち', handOff: { fromDepartmentName: '市民登録課', note: '国保の加入手続きをお願いします' } });
    backend.expectOne(queueUrl).flush(queue('10/10', visit('v-1', '2026-11-24T02:18:30Z'), sent));
    await fixture.whenStable();

    const memos = [...fixture.nativeElement.querySelectorAll('[data-testid="queue-handoff"]')] as HTMLElement[];
    expect(memos.map((memo) => memo.textContent?.replace(/\s+/g, ''))).toEqual(['市民登録課から引継ぎ：国保の加入手続きをお願いします']);
    expect(rows()[1]!.contains(memos[0]!)).toBe(true);
  });

  it('offers 呼出 for a resident sent here, and opens their workspace once called at the clerk’s counter', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const waiting = visit('v-3', '2026-11-24T02:20:00Z', { phase: 'waiting', phaseLabel: '案内待ち', counterId: null, counterName: '窓口未定' });
    backend.expectOne(queueUrl).flush(queue('10/10', visit('v-1', '2026-11-24T02:18:30Z'), waiting));
    await fixture.whenStable();

    const buttons = [...fixture.nativeElement.querySelectorAll('[data-testid="call-visit"]')] as HTMLButtonElement[];
    expect(buttons.map((button) => button.dataset['visitId'])).toEqual(['v-3']);
    buttons[0]!.click();
    const post = backend.expectOne({ method: 'POST', url: '/api/visits/v-3/service-start' });
    expect(post.request.body).toEqual({ counterId: counter.id });
    post.flush({ id: 'v-3', revision: 9, position: '11/11', changed: true });
    await fixture.whenStable();

    expect(navigate).toHaveBeenCalledWith(['/visits', 'v-3'], { state: { focus: 'own-procedures' } });
    backend.match(queueUrl).forEach((request) => request.flush(queue('11/11')));
  });

  it('says so when nobody is waiting', async () => {
    backend.expectOne(queueUrl).flush(queue('3/3'));
    await fixture.whenStable();

    expect(rows()).toHaveLength(0);
    expect(byTestId('queue-empty')?.textContent).toContain('現在、受付中の来庁者はいません');
  });

  it('refetches the queue when the live channel says it changed, without a reload', async () => {
    backend.expectOne(queueUrl).flush(queue('3/3'));
    await fixture.whenStable();
    expect(rows()).toHaveLength(0);

    live.next();
    await fixture.whenStable();
    backend.expectOne(queueUrl).flush(queue('4/4', visit('v-9', '2026-11-24T02:00:00Z')));
    await fixture.whenStable();

    expect(rows().map((row) => row.dataset['visitId'])).toEqual(['v-9']);
    expect(byTestId('queue-empty')).toBeNull();
  });

  it('opens a visit at the clerk’s counter and goes straight to its workspace', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    backend.expectOne(queueUrl).flush(queue('3/3'));
    await fixture.whenStable();

    byTestId('open-visit')!.click();
    await fixture.whenStable();
    const post = backend.expectOne({ method: 'POST', url: '/api/visits' });
    expect(post.request.body).toEqual({ counterId: counter.id });
    post.flush({ id: 'v-new', ticketNumber: 12, revision: 0, position: '5/5' }, { status: 201, statusText: 'Created' });
    await fixture.whenStable();

    expect(navigate).toHaveBeenCalledWith(['/visits', 'v-new'], { state: { focus: 'first-step' } });
  });

  it('shows the server’s message when a visit cannot be opened', async () => {
    backend.expectOne(queueUrl).flush(queue('3/3'));
    await fixture.whenStable();

    byTestId('open-visit')!.click();
    backend
      .expectOne({ method: 'POST', url: '/api/visits' })
      .flush({ status: 403, code: 'VISIT.COUNTER_NOT_ALLOWED', detail: 'この窓口では受付できません。' }, { status: 403, statusText: 'Forbidden' });
    await fixture.whenStable();

    expect(byTestId('queue-error')?.textContent).toContain('この窓口では受付できません。');
  });
});
