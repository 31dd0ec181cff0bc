import { cityClosedDays } from '../../../application/city/city-closed-days';
import type { CityConfiguration } from '../../../application/city/city-configuration';
import { nationalHolidays } from '../../../application/city/national-holidays';
import { computeDeadline, deadlineDay, deadlineLabel } from '../../../application/visit/read-models/procedure-deadline';
import { counterRange } from '../../../application/visit/read-models/visit-guide.query';

const weekdays = { from: '09:00', to: '16:30' };
const hanamakiHours: CityConfiguration['hours'] = {
  opening: { mon: weekdays, tue: weekdays, wed: weekdays, thu: { from: '09:00', to: '18:30' }, fri: weekdays, sat: null, sun: null },
  system: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays, sat: null, sun: null },
  closedDays: ['12-29', '12-30', '12-31', '01-01', '01-02', '01-03', 'national-holidays'],
};
const closed = cityClosedDays(hanamakiHours);
const neverClosed = () => false;
const eraYear = (day: string) => (day.startsWith('2027') ? '令和9年' : '令和8年');

describe('national holidays', () => {
  it('lists 2026 as the Cabinet Office does, with 振替休日 on 5月6日 and 国民の休日 on 9月22日', () => {
    expect([...nationalHolidays(2026)].sort()).toEqual([
      '2026-01-01', '2026-01-12', '2026-02-11', '2026-02-23', '2026-03-20', '2026-04-29', '2026-05-03', '2026-05-04',
      '2026-05-05', '2026-05-06', '2026-07-20', '2026-08-11', '2026-09-21', '2026-09-22', '2026-09-23', '2026-10-12',
      '2026-11-03', '2026-11-23',
    ]);
  });

  it('moves a Sunday holiday to the Monday (2027: 建国記念の日 is a Thursday, 2月23日 a Tuesday; 3月21日 春分 is a Sunday)', () => {
    const holidays = nationalHolidays(2027);
    expect(holidays.has('2027-03-21')).toBe(true);
    expect(holidays.has('2027-03-22')).toBe(true);
    expect(holidays.has('2027-02-11')).toBe(true);
  });
});

describe("the city's closed days", () => {
  it('closes weekends, the New Year days and national holidays, and opens on other weekdays', () => {
    expect(closed('2026-12-05')).toBe(true); // Saturday
    expect(closed('2026-12-06')).toBe(true); // Sunday
    expect(closed('2026-12-29')).toBe(true);
    expect(closed('2027-01-04')).toBe(false); // Monday after 年末年始
    expect(closed('2026-11-23')).toBe(true); // 勤労感謝の日
    expect(closed('2026-12-03')).toBe(false);
  });

  it('keeps national holidays open when the city does not list them', () => {
    expect(cityClosedDays({ ...hanamakiHours, closedDays: [] })('2026-11-23')).toBe(false);
  });
});

describe('deadline days', () => {
  it('counts from the day after the start (民法140条): 14 days from Thursday 12月3日 end on Thursday 12月17日', () => {
    expect(deadlineDay('2026-12-03', 14, false, closed)).toBe('2026-12-17');
  });

  it('counts the start day when the rule includes it (出生の日を含めて14日以内)', () => {
    expect(deadlineDay('2026-12-03', 14, true, neverClosed)).toBe('2026-12-16');
  });

  it('moves a deadline that ends on a closed day to the next open day (行政機関の休日に関する法律 2条)', () => {
    expect(deadlineDay('2026-11-21', 14, false, neverClosed)).toBe('2026-12-05'); // a Saturday
    expect(deadlineDay('2026-11-21', 14, false, closed)).toBe('2026-12-07');
    expect(deadlineDay('2026-12-15', 14, false, closed)).toBe('2027-01-04'); // past 年末年始
  });

  it('writes the day as the guide prints it, with the era year only when the year differs', () => {
    expect(deadlineLabel('2026-12-17', null)).toBe('12月17日（木）まで');
    expect(deadlineLabel('2027-01-04', '令和9年')).toBe('令和9年1月4日（月）まで');
  });
});

describe('a procedure deadline', () => {
  it("counts from the life event's day when the visit knows it", () => {
    expect(computeDeadline({ text: '引っ越した日から14日以内', days: 14 }, { eventDay: '2026-11-30', visitDay: '2026-12-03' }, closed, eraYear)).toEqual({
      text: '引っ越した日から14日以内',
      date: '2026-12-14',
      label: '12月14日（月）まで',
      countedFrom: 'event-day',
    });
  });

  it("counts from the visit's day otherwise", () => {
    expect(computeDeadline({ text: '変更があった日から14日以内', days: 14 }, { eventDay: null, visitDay: '2026-12-21' }, closed, eraYear)).toEqual({
      text: '変更があった日から14日以内',
      date: '2027-01-04',
      label: '令和9年1月4日（月）まで',
      countedFrom: 'visit-day',
    });
  });

  it('keeps only the text when the catalogue gives no days', () => {
    expect(computeDeadline({ text: '有効期限の3か月前から' }, { eventDay: null, visitDay: '2026-12-03' }, closed, eraYear)).toEqual({
      text: '有効期限の3か月前から',
      date: null,
      label: null,
      countedFrom: null,
    });
  });
});

describe('counter ranges', () => {
  it('writes a run of counters as a range, others one by one', () => {
    expect(counterRange([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe('1〜10番窓口');
    expect(counterRange([2])).toBe('2番窓口');
    expect(counterRange([1, 3])).toBe('1・3番窓口');
    expect(counterRange([])).toBeNull();
  });
});

describe('a deadline counted from the filing', () => {
  it("counts from the visit's day even when the event's day is known (転入届をした日から90日以内)", () => {
    expect(computeDeadline({ text: '転入届をした日から90日以内', days: 90 }, { eventDay: '2026-11-28', visitDay: '2026-12-03' }, closed, eraYear)).toEqual(
      expect.objectContaining({ date: '2027-03-03', countedFrom: 'filing-day' }),
    );
  });
});
