import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { BoardVisitDto, SupervisorBoardDto, SupervisorDepartmentDto } from '@madoguchi/application/visit/read-models/boards.dto';
import { Subject } from 'rxjs';
import { LiveUpdates } from '../core/live/live-updates';
import { Clock } from '../core/time/clock';
import { SupervisorBoardPage } from './supervisor-board-page';

const at = (time: string) => `2026-11-24T${time}Z`;

function visit(visitId: string, ticketNumber: number, since: string, extra: Partial<BoardVisitDto> = {}): BoardVisitDto {
  return {
    visitId,
    ticketNumber,
    phase: 'waiting',
    departmentId: 'kokuho-iryo',
    departmentName: '国保医療課',
    counterName: null,
    openedAt: at('00:00:00'),
    since,
    serviceSince: null,
    openProcedures: 2,
    lifeEventNames: ['転入'],
    ...extra,
  };
}

function department(extra: Partial<SupervisorDepartmentDto> = {}): SupervisorDepartmentDto {
  return {
    departmentId: 'kokuho-iryo',
    departmentName: '国保医療課',
    officeName: '花巻市役所 本庁',
    waiting: 2,
    inService: 1,
    longestWaitingSince: at('01:00:00'),
    openProcedures: 5,
    counters: [
      { counterId: 'kokuho-iryo-01', name: '国保医療課 1番窓口', visits: [visit('v-9', 9, at('01:10:00'), { phase: 'in_service', serviceSince: at('01:20:00') })] },
      { counterId: 'kokuho-iryo-02', name: '国保医療課 2番窓口', visits: [] },
    ],
    waitingVisits: [visit('v-3', 3, at('01:00:00')), visit('v-5', 5, at('01:12:30'))],
    ...extra,
  };
}

describe('SupervisorBoardPage', () => {
  let fixture: ComponentFixture<SupervisorBoardPage>;
  let backend: HttpTestingController;
  let live: Subject<void>;
  const now = signal(Date.parse(at('01:32:10')));

  const element = () => fixture.nativeElement as HTMLElement;
  const text = (selector: string) => [...element().querySelectorAll(selector)].map((node) => node.textContent?.trim() ?? '');

  beforeEach(async () => {
    live = new Subject<void>();
    now.set(Date.parse(at('01:32:10')));
    TestBed.configureTestingModule({
      imports: [SupervisorBoardPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: Clock, useValue: { now } },
        { provide: LiveUpdates, useValue: { watchModels: jest.fn(() => live.asObservable()) } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SupervisorBoardPage);
    await fixture.whenStable();
    const board: SupervisorBoardDto = { generatedAt: at('01:32:00'), openVisits: 3, departments: [department()] };
    backend.expectOne('/api/supervisor/board').flush(board);
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  it('shows each wait in whole minutes from its arrival to now', () => {
    expect(text('[data-testid="supervisor-longest-wait"]')).toEqual(['32分']);
    expect(text('[data-testid="supervisor-waiting"] .since')).toEqual(['32分待ち', '19分待ち']);
    expect(text('[data-testid="supervisor-serving"] .since')).toEqual(['対応 12分']);
  });

  it('counts the minutes up as the clock ticks, without asking the server again', async () => {
    now.set(Date.parse(at('02:05:00')));
    await fixture.whenStable();

    expect(text('[data-testid="supervisor-longest-wait"]')).toEqual(['1時間5分']);
    expect(text('[data-testid="supervisor-waiting"] .since')).toEqual(['1時間5分待ち', '52分待ち']);
    expect(element().querySelector('[data-testid="supervisor-department"]')!.className).toContain('alert');
  });

  it('shows the department’s counts and links each visit to its timeline', () => {
    const card = element().querySelector('[data-testid="supervisor-department"]') as HTMLElement;
    expect(card.dataset['departmentId']).toBe('kokuho-iryo');
    expect(card.querySelector('[data-testid="supervisor-waiting-count"]')?.textContent).toContain('2');
    expect(card.textContent).toContain('空いている窓口 1');
    const link = card.querySelector('[data-testid="supervisor-waiting"] a') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/visits/v-3/timeline');
  });

  it('refetches when the live channel reports a change to the open visits or a queue', async () => {
    live.next();
    await new Promise((resolve) => setTimeout(resolve, 200));
    backend.expectOne('/api/supervisor/board').flush({ generatedAt: at('01:33:00'), openVisits: 0, departments: [] });
    await fixture.whenStable();

    expect(TestBed.inject(LiveUpdates).watchModels).toHaveBeenCalledWith('open-visits', 'department-queue');
    expect(element().querySelectorAll('[data-testid="supervisor-department"]')).toHaveLength(0);
  });
});
