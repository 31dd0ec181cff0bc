import type * as filters from '../../domain/form/binding-filters';
import type * as vocabulary from '../../domain/form/binding-vocabulary';
import type * as domain from '../../domain/form/form-template.types';
import type { Holds, Same } from '../shared/contract-conformance';
import type { BindingValue } from './contracts/binding-filters.contract';
import type { BindingFilterSpec, BindingRootSpec, BindingValueKind } from './contracts/binding-vocabulary.contract';
import type * as contract from './contracts/form-template.contract';

/**
 * A template travels both ways (the designer loads it, edits it and saves it back): the published shapes
 * and the domain's stay the same type. The vocabulary and the filters are the domain's own values,
 * published under the contract's types; these lines keep those type declarations the same too.
 */
export type FormContractsHold = [
  Holds<Same<domain.FormTemplateContent, contract.FormTemplateContent>>,
  Holds<Same<domain.FieldDefinition, contract.FieldDefinition>>,
  Holds<Same<domain.FieldType, contract.FieldType>>,
  Holds<Same<domain.LayoutElement, contract.LayoutElement>>,
  Holds<Same<domain.PageLayout, contract.PageLayout>>,
  Holds<Same<domain.ContinuationSheets, contract.ContinuationSheets>>,
  Holds<Same<domain.TextStyle, contract.TextStyle>>,
  Holds<Same<domain.Box, contract.Box>>,
  Holds<Same<domain.Point, contract.Point>>,
  Holds<Same<domain.PaperSize, contract.PaperSize>>,
  Holds<Same<domain.Orientation, contract.Orientation>>,
  Holds<Same<domain.FontFamily, contract.FontFamily>>,
  Holds<Same<vocabulary.BindingValueKind, BindingValueKind>>,
  Holds<Same<vocabulary.BindingRootShape & { readonly label: string }, BindingRootSpec>>,
  Holds<Same<vocabulary.BindingFilterSpec, BindingFilterSpec>>,
  Holds<Same<filters.BindingValue, BindingValue>>,
];
