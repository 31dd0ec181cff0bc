import type { AllowanceStatus } from '../../../domain/shared';
import type { PersonDetails } from '../../../domain/visit';
import type { ManualPersonDto } from './visit-commands.dto';

const orNull = (value: string | null | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

/** The details a clerk typed for a person the register does not know; blank means not known. */
export function manualPersonDetails(body: ManualPersonDto): PersonDetails {
  return {
    postalCode: body.postalCode?.trim() ?? '',
    addressLine: body.address.trim(),
    katagaki: body.katagaki?.trim() ?? '',
    previousAddress: orNull(body.previousAddress),
    movedOn: orNull(body.movedOn),
    nationality: orNull(body.nationality),
    residenceStatus: orNull(body.nationality) === null ? null : orNull(body.residenceStatus),
  };
}

/** The allowances and certificates the person said they hold (none when not given). */
export function manualPersonAllowances(body: ManualPersonDto): AllowanceStatus {
  const held = body.allowances;
  return {
    jidoTeate: held?.jidoTeate ?? false,
    kodomoIryo: held?.kodomoIryo ?? false,
    jidoFuyoTeate: held?.jidoFuyoTeate ?? false,
    hitorioyaIryo: held?.hitorioyaIryo ?? false,
    tokubetsuJidoFuyoTeate: held?.tokubetsuJidoFuyoTeate ?? false,
    shogaiTecho: held?.shogaiTecho ?? false,
  };
}
