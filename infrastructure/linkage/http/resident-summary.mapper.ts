import type { ResidentRecord } from '../../../application/linkage/resident-register/resident-record';
import type { ResidentSummaryDto } from '../../../application/linkage/resident-register/resident.dto';

/** A record without its insurance, pension, allowance and family-register details (for lists). */
export function toResidentSummary(record: ResidentRecord): ResidentSummaryDto {
  return {
    atenaNumber: record.atenaNumber,
    householdNumber: record.householdNumber,
    name: record.name,
    nameFallback: record.nameFallback,
    nameKana: record.nameKana,
    nameKanaConfirmed: record.nameKanaConfirmed,
    birthDate: record.birthDate,
    sex: record.sex,
    relationship: record.relationship,
    isHouseholdHead: record.isHouseholdHead,
    address: record.address,
    status: record.status,
  };
}
