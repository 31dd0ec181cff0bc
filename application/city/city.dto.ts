export interface OfficeDto {
  readonly id: string;
  readonly name: string;
}

export interface DepartmentDto {
  readonly id: string;
  readonly name: string;
  readonly officeId: string;
  readonly building: string;
  readonly floor: string;
}

export interface CounterDto {
  readonly id: string;
  readonly name: string;
  readonly number: number;
  readonly departmentId: string;
  readonly departmentName: string;
  readonly officeId: string;
  readonly officeName: string;
  readonly building: string;
  readonly floor: string;
}

/** GET /api/city */
export interface CityDto {
  readonly id: string;
  readonly name: string;
  readonly offices: readonly OfficeDto[];
  readonly departments: readonly DepartmentDto[];
}

/** Live channel message (GET /api/live, server-sent event named "change"). */
export interface ReadModelChangeDto {
  readonly readModel: string;
  /** The key of the changed document, e.g. a department id for 'department-queue'. */
  readonly key: string;
  readonly position: string;
}
