import { DomainError } from '../../domain/shared';
import type { CityDto, CounterDto, DepartmentDto } from './city.dto';
import type {
  CityConfiguration,
  CounterConfiguration,
  DepartmentConfiguration,
  OfficeConfiguration,
} from './city-configuration';

/** Look-ups over the city's configuration: which counter sits in which department and office. */
export class CityDirectory {
  private readonly offices: Map<string, OfficeConfiguration>;
  private readonly departments: Map<string, DepartmentConfiguration>;
  private readonly counters: Map<string, CounterConfiguration>;

  constructor(readonly configuration: CityConfiguration) {
    this.offices = new Map(configuration.offices.map((o) => [o.id, o]));
    this.departments = new Map(configuration.departments.map((d) => [d.id, d]));
    this.counters = new Map(configuration.counters.map((c) => [c.id, c]));
  }

  department(id: string): DepartmentConfiguration | undefined {
    return this.departments.get(id);
  }

  counter(id: string): CounterDto | undefined {
    const counter = this.counters.get(id);
    const department = counter && this.departments.get(counter.departmentId);
    const office = department && this.offices.get(department.officeId);
    if (!counter || !department || !office) return undefined;
    return {
      id: counter.id,
      name: counter.name,
      number: counter.number,
      departmentId: department.id,
      departmentName: department.name,
      officeId: office.id,
      officeName: office.name,
      building: department.building,
      floor: department.floor,
    };
  }

  requireCounter(id: string): CounterDto {
    const counter = this.counter(id);
    if (!counter) throw new DomainError('CITY.UNKNOWN_COUNTER', 'not_found', `窓口「${id}」は登録されていません。`);
    return counter;
  }

  allCounters(): CounterDto[] {
    return this.configuration.counters.map((c) => this.counter(c.id)).filter((c): c is CounterDto => c !== undefined);
  }

  /**
   * Which department handles a procedure owned by `departmentId` for a visit at `officeId`: at a branch
   * office with a general department (総合支所の市民サービス課), that one; elsewhere the owner itself.
   */
  ownerAt(officeId: string, departmentId: string): string {
    const office = this.offices.get(officeId);
    const owner = this.departments.get(departmentId);
    if (office?.generalDepartmentId && owner?.officeId !== officeId) return office.generalDepartmentId;
    return departmentId;
  }

  /** Where a department sits, for the resident's guide: 本館 1階 市民登録課. */
  placeOf(departmentId: string): string {
    const department = this.departments.get(departmentId);
    if (!department) return departmentId;
    const office = this.offices.get(department.officeId);
    return [office?.name, department.building !== office?.name ? department.building : undefined, department.floor, department.name]
      .filter(Boolean)
      .join(' ');
  }

  departmentIds(): string[] {
    return this.configuration.departments.map((d) => d.id);
  }

  office(id: string): OfficeConfiguration | undefined {
    return this.offices.get(id);
  }

  /** The city's prefecture (岩手県), from its first office's address; '' when it does not say. */
  prefecture(): string {
    return /^(東京都|北海道|(?:京都|大阪)府|.{2,3}県)/u.exec(this.configuration.offices[0]?.address ?? '')?.[1] ?? '';
  }

  officeName(id: string): string {
    return this.offices.get(id)?.name ?? id;
  }

  departmentName(id: string): string {
    return this.departments.get(id)?.name ?? id;
  }

  toDto(): CityDto {
    return {
      id: this.configuration.id,
      name: this.configuration.name,
      offices: this.configuration.offices.map(({ id, name }) => ({ id, name })),
      departments: this.configuration.departments.map(
        ({ id, name, officeId, building, floor }): DepartmentDto => ({ id, name, officeId, building, floor }),
      ),
    };
  }
}
