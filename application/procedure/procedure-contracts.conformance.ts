import type * as domain from '../../domain/procedure/catalogue.types';
import type { Holds, Same } from '../shared/contract-conformance';
import type * as contract from './contracts/catalogue.contract';

/**
 * The catalogue travels both ways (read by every screen, entries saved by the admin's editor): each
 * published shape and the domain's stay the same type.
 */
export type ProcedureContractsHold = [
  Holds<Same<domain.ProcedureCatalogue, contract.ProcedureCatalogue>>,
  Holds<Same<domain.ProcedureDefinition, contract.ProcedureDefinition>>,
  Holds<Same<domain.LifeEventDefinition, contract.LifeEventDefinition>>,
  Holds<Same<domain.QuestionDefinition, contract.QuestionDefinition>>,
  Holds<Same<domain.LifeEventRoleDefinition, contract.LifeEventRoleDefinition>>,
  Holds<Same<domain.QuestionType, contract.QuestionType>>,
  Holds<Same<domain.ProposalRule, contract.ProposalRule>>,
  Holds<Same<domain.JsonLogicExpression, contract.JsonLogicExpression>>,
];
