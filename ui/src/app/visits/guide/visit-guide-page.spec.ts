import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { GuideProcedureDto, VisitGuideDto } from '@madoguchi/application/visit/read-models/visit-guide.dto';
import { provideAppIcons } from '../../core/icons/app-icons';
import { VisitGuidePage } from './visit-guide-page';

const procedure = (overrides: Partial<GuideProcedureDto>): GuideProcedureDto => ({
  procedureId: 'p',
  name: '手続き',
  personNames: [],
  departmentId: 'shimin-toroku',
  departmentName: '市民登録課',
  place: '花巻市役所 本庁 本館 1階 市民登録課',
  deadline: null,
  bring: [],
  ...overrides,
});

const guide: VisitGuideDto = {
  visitId: 'v-1',
  ticketNumber: 12,
  cityName: '花巻市',
  officeName: '花巻市役所 本庁',
  officePhone: '0198-24-2111',
  issuedOn: '2026-12-03',
  applicantName: '花巻 太郎',
  remaining: [
    procedure({
      procedureId: 'kokuho-kanyu',
      name: '国民健康保険 加入',
      departmentId: 'kokuho-iryo',
      departmentName: '国保医療課',
      personNames: ['花巻 太郎', '花巻 花子'],
      deadline: { text: '加入する事由があった日から14日以内', date: '2026-12-14', label: '12月14日（月）まで', countedFrom: 'event-day' },
      bring: ['本人確認書類', 'マイナンバーが分かるもの'],
    }),
    procedure({
      procedureId: 'jido-teate',
      name: '児童手当',
      departmentId: 'kodomo',
      departmentName: 'こども課',
      place: '花巻市役所 本庁 新館 2階 こども課',
      deadline: { text: '有効期限の3か月前から', date: null, label: null, countedFrom: null },
      bring: ['振込先の通帳'],
    }),
  ],
  done: [procedure({ procedureId: 'tennyu-todoke', name: '転入届', personNames: ['花巻 太郎'] })],
  notNeeded: [procedure({ procedureId: 'inkan', name: '印鑑登録' })],
  departments: [
    { departmentId: 'kokuho-iryo', name: '国保医療課', officeName: '花巻市役所 本庁', building: '本館', floor: '1階', counters: '1〜5番窓口', phone: '0198-24-2111' },
    { departmentId: 'kodomo', name: 'こども課', officeName: '花巻市役所 本庁', building: '新館', floor: '2階', counters: '1〜2番窓口', phone: '0198-24-2111' },
  ],
};

describe('VisitGuidePage', () => {
  let fixture: ComponentFixture<VisitGuidePage>;
  let backend: HttpTestingController;

  const element = () => fixture.nativeElement as HTMLElement;
  const rows = (testId: string) => [...element().querySelectorAll(`[data-testid="${testId}"]`)].map((row) => row.textContent ?? '');

  async function show(answer: VisitGuideDto): Promise<void> {
    fixture = TestBed.createComponent(VisitGuidePage);
    fixture.componentRef.setInput('id', 'v-1');
    TestBed.tick(); // sends the resource's request (whenStable would wait for its answer)
    backend.expectOne('/api/visits/v-1/guide').flush(answer);
    await fixture.whenStable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [VisitGuidePage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideAppIcons()],
    });
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => backend.verify());

  it('lists what remains with place, the deadline as a day with its rule, and what to bring; and what was done today', async () => {
    await show(guide);
    const remaining = rows('guide-remaining-row');
    expect(remaining).toHaveLength(2);
    expect(remaining[0]).toContain('国民健康保険 加入');
    expect(remaining[0]).toContain('花巻 太郎、花巻 花子 様');
    expect(remaining[0]).toContain('12月14日（月）まで');
    expect(remaining[0]).toContain('（加入する事由があった日から14日以内）');
    expect(remaining[0]).toContain('マイナンバーが分かるもの');
    expect(remaining[1]).toContain('花巻市役所 本庁 新館 2階 こども課');
    expect(remaining[1]).toContain('振込先の通帳');
    expect(rows('guide-done-row').map((row) => row.trim())).toEqual([expect.stringContaining('転入届')]);
    expect(rows('guide-not-needed-row').map((row) => row.trim())).toEqual(['印鑑登録']);
  });

  it('keeps the rule as text when there is no day to count', async () => {
    await show(guide);
    const deadline = element().querySelectorAll('[data-testid="guide-deadline"]')[1]?.textContent?.trim();
    expect(deadline).toBe('有効期限の3か月前から');
  });

  it("says when a day was counted from today, since the visit did not know the event's day", async () => {
    await show(guide);
    expect(element().textContent).not.toContain('本日から数えたもの');
    const counted = { text: '引っ越した日から14日以内', date: '2026-12-17', label: '12月17日（木）まで', countedFrom: 'visit-day' as const };
    await show({ ...guide, remaining: [procedure({ procedureId: 'tennyu-todoke', deadline: counted })] });
    expect(element().textContent).toContain('本日から数えたもの');
  });

  it("lists each department's place, counters and phone number", async () => {
    await show(guide);
    const departments = rows('guide-department-row');
    expect(departments).toHaveLength(2);
    expect(departments[0]).toMatch(/国保医療課.*花巻市役所 本庁\s+本館\s+1階.*1〜5番窓口.*0198-24-2111/);
    expect(departments[1]).toMatch(/こども課.*新館\s+2階/);
  });

  it('addresses the applicant politely and shows the city, the era date and the ticket, with no internal ids', async () => {
    await show(guide);
    const text = element().textContent ?? '';
    expect(element().querySelector('[data-testid="guide-addressee"]')?.textContent).toContain('花巻 太郎 様');
    expect(text).toContain('花巻市');
    expect(text).toContain('受付番号 12');
    expect(text).toContain('令和8年12月3日');
    expect(text).not.toContain('kokuho-kanyu');
    expect(text).not.toContain('v-1');
  });

  it('prints with the browser', async () => {
    await show(guide);
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    (element().querySelector('[data-testid="guide-print"]') as HTMLButtonElement).click();
    expect(print).toHaveBeenCalled();
  });
});
