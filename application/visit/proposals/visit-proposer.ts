import { proposeProcedures } from '../../../domain/procedure';
import type { CommandMetadata } from '../../../domain/shared';
import type { ProposeProcedures, ProposedProcedure, VisitState } from '../../../domain/visit';
import type { CityDirectory } from '../../city/city-directory';
import type { CatalogueQueries } from '../../procedure';
import type { Logger } from '../../shared/ports';
import { visitProposalContext } from './proposal-context.builder';

/**
 * Turns a visit's state into the ProposeProcedures command: the catalogue's rules on what is known,
 * each proposal owned by the department that handles it at this office.
 */
export class VisitProposer {
  constructor(
    private readonly catalogue: CatalogueQueries,
    private readonly city: CityDirectory,
    private readonly logger: Logger,
    /** 'YYYY-MM-DD' in the city's time zone for an instant. */
    private readonly localDay: (instant: string) => string,
  ) {}

  proposalFor(state: VisitState, metadata: CommandMetadata): ProposeProcedures | undefined {
    if (state.status !== 'open' || state.lifeEventIds.length === 0) return undefined;
    const { revision, catalogue } = this.catalogue.current();
    const context = visitProposalContext(catalogue, state, this.localDay(metadata.now), this.city.prefecture());
    const { proposals, problems } = proposeProcedures(catalogue, context);
    for (const problem of problems) this.logger.warn('proposal rule skipped', { ruleId: problem.ruleId, personId: problem.personId ?? null, message: problem.message });
    const owned: ProposedProcedure[] = proposals.flatMap((proposal) => {
      const procedure = catalogue.procedures.find((p) => p.id === proposal.procedureId);
      if (!procedure) return [];
      return [
        {
          procedureId: proposal.procedureId,
          departmentId: this.city.ownerAt(state.officeId, procedure.departmentId),
          personIds: [...proposal.personIds],
          reasons: [...proposal.reasons],
          ruleIds: [...proposal.ruleIds],
        },
      ];
    });
    return { type: 'ProposeProcedures', data: { visitId: state.visitId, proposals: owned, catalogueRevision: revision, participants: context.participants }, metadata };
  }
}
