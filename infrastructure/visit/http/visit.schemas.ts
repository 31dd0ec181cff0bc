import { responseSchema } from '../../http/openapi/response-schemas';
import type { JsonSchema } from '../../http/route-definition';

/** The visit routes' answers: the read-model and command-result types (openapi/response-contracts.ts). */

export const visitOpenedSchema: JsonSchema = responseSchema('VisitOpenedDto');
/** The visit stream after the command; send revision back as If-Match next time. */
export const visitChangedSchema: JsonSchema = responseSchema('VisitChangedDto');
export const visitWorkspaceSchema: JsonSchema = responseSchema('VisitWorkspaceDto');
export const timelineSchema: JsonSchema = responseSchema('VisitTimelineDto');
export const visitGuideSchema: JsonSchema = responseSchema('VisitGuideDto');
export const departmentQueueSchema: JsonSchema = responseSchema('DepartmentQueueDto');
export const departmentBoardSchema: JsonSchema = responseSchema('DepartmentBoardDto');
export const supervisorBoardSchema: JsonSchema = responseSchema('SupervisorBoardDto');
export const visitSearchSchema: JsonSchema = responseSchema('VisitSearchResultDto');

/** The errors every visit command can answer. */
export const commandErrors = {
  400: { description: 'Invalid body or If-Match' },
  401: { description: 'No session' },
  403: { description: 'Not allowed (role, department, CSRF)' },
  404: { description: 'No such visit' },
  409: { description: 'The visit does not allow it now, or another clerk changed it at the same moment' },
  412: { description: 'If-Match names an older revision than the stored one' },
  422: { description: 'A business rule refused the input' },
} as const;
