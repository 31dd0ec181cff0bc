import type { StaffRole } from '../identity/contracts/staff-role.contract';

/** A city's setup as data (one folder per city; Hanamaki's ships with the product). */
export interface CityConfiguration {
  readonly id: string;
  readonly name: string;
  /** How forms address the head of the city: 花巻市長 */
  readonly mayor?: string;
  readonly timeZone: string;
  readonly offices: readonly OfficeConfiguration[];
  readonly departments: readonly DepartmentConfiguration[];
  readonly counters: readonly CounterConfiguration[];
  /** Public opening hours (開庁時間) and system operating hours (稼働時間) per weekday. */
  readonly hours: {
    readonly opening: Readonly<Record<Weekday, TimeRange | null>>;
    readonly system: Readonly<Record<Weekday, TimeRange | null>>;
    readonly closedDays: readonly string[];
  };
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface TimeRange {
  /** "09:00" */
  readonly from: string;
  readonly to: string;
}

export interface OfficeConfiguration {
  readonly id: string;
  readonly name: string;
  readonly address: string;
  readonly phone?: string;
  /** A branch office whose one department handles every procedure (総合窓口), e.g. 市民サービス課. */
  readonly generalDepartmentId?: string;
}

export interface DepartmentConfiguration {
  readonly id: string;
  readonly name: string;
  readonly officeId: string;
  readonly building: string;
  readonly floor: string;
  /** Business areas handled here, e.g. 住民異動, 証明書交付 (free text for guides). */
  readonly handles: readonly string[];
  /** The number residents call (a direct line or the main number with an extension); else the office's. */
  readonly phone?: string;
}

export interface CounterConfiguration {
  readonly id: string;
  readonly name: string;
  readonly number: number;
  readonly departmentId: string;
}

/** A demo staff account to create on first start (password from DEMO_PASSWORD). */
export interface DemoStaffConfiguration {
  readonly username: string;
  readonly displayName: string;
  readonly role: StaffRole;
  readonly departmentIds: readonly string[];
  readonly counterId: string | null;
}
