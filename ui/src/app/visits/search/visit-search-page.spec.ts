import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { VisitSearchItemDto, VisitSearchResultDto } from '@madoguchi/application/visit/read-models/visit-search.dto';
import { tokyoDay } from '../../core/dates/japanese-date';
import { provideAppIcons } from '../../core/icons/app-icons';
import { VisitSearchPage } from './visit-search-page';

const anItem = (overrides: Partial<VisitSearchItemDto> = {}): VisitSearchItemDto => ({
  visitId: 'v-1',
  ticketNumber: 7,
  officeName: '花巻市役所 本庁',
  openedAt: '2026-11-24T00:05:00.000Z',
  openedDay: '2026-11-24',
  status: 'closed',
  statusLabel: '完了',
  persons: [{ name: '宮沢 賢治', nameKana: 'ミヤザワ ケンジ', applicant: true }],
  departments: [{ departmentId: 'shimin-toroku', name: '市民登録課' }],
  lifeEventNames: [],
  proceduresDone: 2,
  proceduresOpen: 1,
  closedAt: '2026-11-24T01:00:00.000Z',
  workable: false,
  ...overrides,
});

describe('VisitSearchPage', () => {
  let fixture: ComponentFixture<VisitSearchPage>;
  let backend: HttpTestingController;
  const element = () => fixture.nativeElement as HTMLElement;
  const all = (testId: string) => [...element().querySelectorAll(`[data-testid="${testId}"]`)];

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [VisitSearchPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideAppIcons()],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(VisitSearchPage);
    fixture.detectChanges();
  });
  afterEach(() => backend.verify());

  const answer = async (page: Partial<VisitSearchResultDto>) => {
    const request = backend.expectOne((r) => r.url === '/api/visits/search');
    request.flush({ from: '2026-11-24', to: '2026-11-24', limit: 50, items: [], nextCursor: null, ...page });
    await fixture.whenStable();
    fixture.detectChanges();
    return request.request.params;
  };

  it("searches today's visits at once, showing the loading bar until the answer", async () => {
    expect(all('visit-search-loading')).toHaveLength(1);
    const params = await answer({});
    const today = tokyoDay(Date.now());
    expect([params.get('from'), params.get('to'), params.get('limit')]).toEqual([today, today, '50']);
    expect(all('visit-search-loading')).toHaveLength(0);
  });

  it('says so when nothing matches', async () => {
    await answer({ items: [] });
    expect(all('visit-search-empty')[0]?.textContent).toContain('条件に合う来庁記録はありません');
    expect(all('visit-search-row')).toHaveLength(0);
  });

  it('shows each visit with its ticket, names, departments, status and progress, linking the workspace only where the clerk may work', async () => {
    await answer({ items: [anItem(), anItem({ visitId: 'v-2', ticketNumber: 8, status: 'in_service', statusLabel: '対応中', closedAt: null, workable: true, persons: [] })] });
    const [closed, open] = all('visit-search-row') as HTMLElement[];
    expect(closed?.textContent).toContain('宮沢 賢治 様');
    expect(closed?.textContent).toContain('市民登録課');
    expect(closed?.textContent).toContain('完了');
    expect(closed?.textContent).toMatch(/完了\s*2\s*件/);
    expect(closed?.textContent).toMatch(/残り\s*1\s*件/);
    expect(closed?.querySelector('[data-testid="visit-search-timeline"]')?.getAttribute('href')).toBe('/visits/v-1/timeline');
    expect(closed?.querySelector('[data-testid="visit-search-workspace"]')).toBeNull();
    expect(open?.textContent).toContain('未登録');
    expect(open?.querySelector('[data-testid="visit-search-workspace"]')?.getAttribute('href')).toBe('/visits/v-2');
  });

  it('shows the server\'s Japanese message when it refuses the criteria', async () => {
    backend.expectOne((r) => r.url === '/api/visits/search').flush(
      { title: '入力内容に誤りがあります', status: 400, detail: '検索条件に誤りがあります。受付番号: 1から99999までの数で指定してください。', code: 'VISIT.INVALID_SEARCH' },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    fixture.detectChanges();
    expect(all('visit-search-error')[0]?.textContent).toContain('受付番号: 1から99999までの数');
  });

  it('adds the next page below when asked for more', async () => {
    await answer({ items: [anItem()], nextCursor: 'c-1' });
    (all('visit-search-more')[0] as HTMLButtonElement).click();
    const params = await answer({ items: [anItem({ visitId: 'v-0', ticketNumber: 3 })] });
    expect(params.get('cursor')).toBe('c-1');
    expect(all('visit-search-row').map((row) => row.getAttribute('data-visit-id'))).toEqual(['v-1', 'v-0']);
    expect(all('visit-search-more')).toHaveLength(0);
  });
});
