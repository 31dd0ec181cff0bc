/**
 * Every type a route answers with, by the name the OpenAPI document gives its schema
 * (`#/components/schemas/<name>`). The schemas are generated from these TypeScript types by
 * ts-json-schema-generator (generate-response-schemas.mjs writes response-schemas.generated.json, a test
 * fails when that file is stale), so a response schema cannot drift from the type the handler returns.
 *
 * A key is the name of the type it lists wherever the type has a name; a list or another unnamed shape
 * gets a name of its own here. Add a type here, run `npm run contracts:generate`, and name it in the
 * route's responses with `responseSchema('<name>')`.
 */
import type { CityDto, CounterDto } from '../../../application/city/city.dto';
import type { FormTemplateContent } from '../../../application/form/contracts/form-template.contract';
import type { VisitFormsChanged } from '../../../application/form/contracts/visit-forms-changed.contract';
import type { FormTemplateDetailDto, FormTemplateSummaryDto, TemplateChangedDto } from '../../../application/form/read-models/form-template-list.dto';
import type { VisitFormsDto } from '../../../application/form/read-models/visit-forms.dto';
import type { LoginResultDto, StaffAccountDto } from '../../../application/identity/read-models/staff.dto';
import type { ResidentDetailDto, ResidentSearchResultDto } from '../../../application/linkage/resident-register/resident.dto';
import type { CatalogueDto, CatalogueSavedDto } from '../../../application/procedure/read-models/catalogue.dto';
import type { HealthReportDto } from '../../../application/shared/health-report.dto';
import type { DeadLetterDto, DeadLetterListDto } from '../../../application/shared/processing/dead-letter.dto';
import type { ProcessorsReportDto } from '../../../application/shared/processors-report.dto';
import type { DepartmentBoardDto, SupervisorBoardDto } from '../../../application/visit/read-models/boards.dto';
import type { DepartmentQueueDto } from '../../../application/visit/read-models/department-queue.dto';
import type { VisitSearchResultDto } from '../../../application/visit/read-models/visit-search.dto';
import type { VisitGuideDto } from '../../../application/visit/read-models/visit-guide.dto';
import type { VisitChangedDto, VisitOpenedDto, VisitTimelineDto, VisitWorkspaceDto } from '../../../application/visit/read-models/visit-workspace.dto';
import type { ProblemDetails } from '../http-problem';
import type { OpenApiDocument } from './openapi-document.types';

export interface ResponseContracts {
  /** Every 4xx and 5xx answer (RFC 9457). */
  ProblemDetails: ProblemDetails;
  OpenApiDocument: OpenApiDocument;
  HealthReportDto: HealthReportDto;
  DeadLetterListDto: DeadLetterListDto;
  DeadLetterDto: DeadLetterDto;
  ProcessorsReportDto: ProcessorsReportDto;

  LoginResultDto: LoginResultDto;
  StaffAccountList: readonly StaffAccountDto[];

  CityDto: CityDto;
  CounterList: readonly CounterDto[];

  ResidentSearchResultDto: ResidentSearchResultDto;
  ResidentDetailDto: ResidentDetailDto;

  CatalogueDto: CatalogueDto;
  CatalogueSavedDto: CatalogueSavedDto;

  VisitOpenedDto: VisitOpenedDto;
  VisitChangedDto: VisitChangedDto;
  VisitWorkspaceDto: VisitWorkspaceDto;
  VisitTimelineDto: VisitTimelineDto;
  VisitGuideDto: VisitGuideDto;
  DepartmentQueueDto: DepartmentQueueDto;
  DepartmentBoardDto: DepartmentBoardDto;
  SupervisorBoardDto: SupervisorBoardDto;
  VisitSearchResultDto: VisitSearchResultDto;

  FormTemplateSummaryList: readonly FormTemplateSummaryDto[];
  FormTemplateDetailDto: FormTemplateDetailDto;
  FormTemplateContent: FormTemplateContent;
  TemplateChangedDto: TemplateChangedDto;
  VisitFormsChanged: VisitFormsChanged;
  VisitFormsDto: VisitFormsDto;
}

export type ResponseContractName = keyof ResponseContracts;
