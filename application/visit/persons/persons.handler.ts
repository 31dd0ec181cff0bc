import type { CommandMetadata } from '../../../domain/shared';
import { DomainError } from '../../../domain/shared';
import { oneLineAddress, visitErrors, type VisitCommand, type VisitPerson, type VisitState } from '../../../domain/visit';
import type { CatalogueQueries } from '../../procedure';
import type { ResidentRecord, ResidentRegister } from '../../linkage';
import type { CommandStep } from '../../shared/command-handling';
import type { IdGenerator } from '../../shared/ports';
import type { VisitCommandRunner } from '../visit-command.runner';

export interface AddFromRegisterInput {
  readonly atenaNumber: string;
  /** Also add the rest of the household (as not concerned, unless they are the one named). */
  readonly withHousehold: boolean;
  readonly concerned: boolean;
  readonly applicant: boolean;
}

/** A person the register does not know (moving in from another city): what the clerk heard and checked. */
export type ManualPersonInput = Omit<VisitPerson, 'personId' | 'source' | 'atenaNumber' | 'householdNumber' | 'address'>;

export interface AssignRolesInput {
  readonly lifeEventId: string;
  readonly personId: string;
  /** null: back to the catalogue's default. */
  readonly roles: readonly string[] | null;
}

export function personFromRecord(record: ResidentRecord, personId: string, flags: { concerned: boolean; applicant: boolean }): VisitPerson {
  const { address } = record;
  const details = {
    postalCode: address.postalCode,
    addressLine: `${address.city}${address.town}${address.banchi}`,
    katagaki: address.katagaki,
    previousAddress: record.previousAddress,
    movedOn: null,
    nationality: null,
    residenceStatus: null,
  };
  return {
    personId,
    source: 'register',
    atenaNumber: record.atenaNumber,
    householdNumber: record.householdNumber,
    name: record.name,
    nameKana: record.nameKana,
    birthDate: record.birthDate,
    sex: record.sex,
    relationship: record.relationship,
    isHouseholdHead: record.isHouseholdHead,
    address: oneLineAddress(details),
    details,
    applicant: flags.applicant,
    concerned: flags.concerned,
    facts: {
      insurance: record.insurance,
      allowances: record.allowances,
      sealRegistered: record.sealRegistered,
      hasMyNumberCard: record.hasMyNumberCard,
      registered: record.status === '住民',
    },
  };
}

const notInRegister = () => new DomainError('RESIDENT.NOT_FOUND', 'not_found', '指定された宛名番号の住民は見つかりません。');

/** Who the visit is about: from the register (with the household) or as heard at the counter. */
export class VisitPersonsHandler {
  constructor(
    private readonly register: ResidentRegister,
    private readonly ids: IdGenerator,
    private readonly visits: VisitCommandRunner,
    private readonly catalogue: CatalogueQueries,
  ) {}

  async addFromRegister(visitId: string, input: AddFromRegisterInput, metadata: CommandMetadata, expectedRevision?: number) {
    const record = await this.register.byAtenaNumber(input.atenaNumber);
    if (!record) throw notInRegister();
    const members = input.withHousehold ? (await this.register.household(record.householdNumber)).filter((m) => m.atenaNumber !== record.atenaNumber) : [];
    const steps: Array<CommandStep<VisitCommand, VisitState>> = [
      { type: 'AddPerson', data: { visitId, person: personFromRecord(record, this.ids.next(), input) }, metadata },
      ...members.map((member) => (state: VisitState) => {
        if (state.status !== 'open' || state.persons.some((p) => p.atenaNumber === member.atenaNumber)) return undefined;
        return { type: 'AddPerson' as const, data: { visitId, person: personFromRecord(member, this.ids.next(), { concerned: false, applicant: false }) }, metadata };
      }),
    ];
    return this.visits.run(visitId, steps, metadata, { expectedRevision, repropose: true });
  }

  addManually(visitId: string, input: ManualPersonInput, metadata: CommandMetadata, expectedRevision?: number) {
    const person: VisitPerson = { ...input, address: oneLineAddress(input.details), personId: this.ids.next(), source: 'manual', atenaNumber: null, householdNumber: null };
    return this.visits.run(visitId, [{ type: 'AddPerson', data: { visitId, person }, metadata }], metadata, { expectedRevision, repropose: true });
  }

  remove(visitId: string, personId: string, metadata: CommandMetadata, expectedRevision?: number) {
    return this.visits.run(visitId, [{ type: 'RemovePerson', data: { visitId, personId }, metadata }], metadata, { expectedRevision, repropose: true });
  }

  setConcerned(visitId: string, personId: string, concerned: boolean, metadata: CommandMetadata, expectedRevision?: number) {
    return this.visits.run(visitId, [{ type: 'SetPersonConcern', data: { visitId, personId, concerned }, metadata }], metadata, { expectedRevision, repropose: true });
  }

  /** Which parts a person plays in a life event: only the roles the catalogue gives that event. */
  assignRoles(visitId: string, input: AssignRolesInput, metadata: CommandMetadata, expectedRevision?: number) {
    const event = this.catalogue.current().catalogue.lifeEvents.find((e) => e.id === input.lifeEventId && e.active);
    const allowed = event?.roles && event.roles.length > 0 ? event.roles.map((role) => role.role as string) : ['subject'];
    const unknown = input.roles?.find((role) => !allowed.includes(role));
    if (unknown !== undefined) throw visitErrors.roleUnknown(unknown);
    const data = { visitId, lifeEventId: input.lifeEventId, personId: input.personId, roles: input.roles };
    return this.visits.run(visitId, [{ type: 'AssignRoles', data, metadata }], metadata, { expectedRevision, repropose: true });
  }
}
