import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CityDirectory } from '../../core/city/city-directory';
import { provideAppIcons } from '../../core/icons/app-icons';
import { anItem, aPerson, aWorkspace } from '../visit-workspace.fixture';
import { VisitGuidePage } from './visit-guide-page';

describe('VisitGuidePage', () => {
  let fixture: ComponentFixture<VisitGuidePage>;
  let backend: HttpTestingController;

  const element = () => fixture.nativeElement as HTMLElement;
  const rows = (testId: string) => [...element().querySelectorAll(`[data-testid="${testId}"]`)].map((row) => row.textContent ?? '');

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [VisitGuidePage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideAppIcons(),
        { provide: CityDirectory, useValue: { city: signal({ id: 'hanamaki', name: '花巻市', offices: [], departments: [] }) } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(VisitGuidePage);
    fixture.componentRef.setInput('id', 'v-1');
    TestBed.tick(); // sends the resource's request (whenStable would wait for its answer)
    backend.expectOne('/api/visits/v-1').flush(
      aWorkspace({
        persons: [
          aPerson(),
          aPerson({ personId: 'p-2', name: '花巻 花子', applicant: false, relationship: '妻', birthDate: '1984-02-02', address: '秘密の住所' }),
        ],
        checklist: [
          anItem({ procedureId: 'tennyu-todoke', name: '転入届', departmentName: '市民登録課', status: 'done', statusLabel: '完了' }),
          anItem({ procedureId: 'kokuho-kanyu', name: '国民健康保険 加入', status: 'in_progress', statusLabel: '対応中' }),
          anItem({ procedureId: 'jido-teate', name: '児童手当', departmentName: 'こども課', place: '本庁 新館2階 こども課', deadline: '15日以内', bring: ['振込先の通帳'] }),
          anItem({ procedureId: 'inkan', name: '印鑑登録', status: 'not_needed', statusLabel: '不要' }),
          anItem({ procedureId: 'dropped', name: '外した手続き', dropped: true, statusLabel: '対象外' }),
        ],
      }),
    );
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  it('lists what remains with place, deadline and what to bring, and what was done today', () => {
    const remaining = rows('guide-remaining-row');
    expect(remaining).toHaveLength(2);
    expect(remaining[0]).toContain('国民健康保険 加入');
    expect(remaining[1]).toContain('児童手当');
    expect(remaining[1]).toContain('本庁 新館2階 こども課');
    expect(remaining[1]).toContain('15日以内');
    expect(remaining[1]).toContain('振込先の通帳');

    expect(rows('guide-done-row').map((row) => row.trim())).toEqual([expect.stringContaining('転入届')]);
    expect(rows('guide-not-needed-row').map((row) => row.trim())).toEqual(['印鑑登録']);
    expect(element().textContent).not.toContain('外した手続き');
  });

  it('addresses the applicant politely and shows the city, the era date and the ticket', () => {
    const text = element().textContent ?? '';
    expect(element().querySelector('[data-testid="guide-addressee"]')?.textContent).toContain('花巻 太郎 様');
    expect(text).toContain('花巻市');
    expect(text).toContain('受付番号 12');
    expect(text).toMatch(/令和\S+年\d+月\d+日/);
  });

  it('says nothing about anyone beyond the names of those concerned, and shows no internal ids', () => {
    const text = element().textContent ?? '';
    expect(text).not.toContain('秘密の住所');
    expect(text).not.toContain('1984');
    expect(text).not.toContain('妻');
    expect(text).not.toContain('kokuho-kanyu');
    expect(text).not.toContain('v-1');
  });

  it('prints with the browser', () => {
    const print = jest.spyOn(window, 'print').mockImplementation(() => undefined);
    (element().querySelector('[data-testid="guide-print"]') as HTMLButtonElement).click();
    expect(print).toHaveBeenCalled();
  });
});
