import type { JsonSchema } from '../../http/route-definition';

export const visitOpenedSchema: JsonSchema = {
  type: 'object',
  properties: { id: { type: 'string', format: 'uuid' }, ticketNumber: { type: 'integer' }, revision: { type: 'integer' }, position: { type: 'string' } },
  required: ['id', 'ticketNumber', 'revision', 'position'],
};

export const visitChangedSchema: JsonSchema = {
  type: 'object',
  description: 'The visit stream after the command; send revision back as If-Match next time.',
  properties: { id: { type: 'string' }, revision: { type: 'integer' }, position: { type: ['string', 'null'] }, changed: { type: 'boolean' } },
  required: ['id', 'revision', 'position', 'changed'],
};

export const visitWorkspaceSchema: JsonSchema = {
  type: 'object',
  description: 'VisitWorkspaceDto (application/visit/read-models/visit-workspace.dto.ts)',
  properties: {
    id: { type: 'string' },
    status: { enum: ['open', 'closed', 'cancelled'] },
    ticketNumber: { type: ['integer', 'null'] },
    revision: { type: 'integer' },
    persons: { type: 'array' },
    lifeEvents: { type: 'array' },
    questions: { type: 'array' },
    checklist: { type: 'array' },
    handoffs: { type: 'array' },
  },
};

export const timelineSchema: JsonSchema = {
  type: 'object',
  properties: {
    visitId: { type: 'string' },
    entries: { type: 'array', items: { type: 'object', properties: { at: { type: 'string' }, actorName: { type: 'string' }, text: { type: 'string' } } } },
  },
};

export const departmentQueueSchema: JsonSchema = { type: 'object', description: 'DepartmentQueueDto', properties: { departmentId: { type: 'string' }, visits: { type: 'array' } } };
export const departmentBoardSchema: JsonSchema = { type: 'object', description: 'DepartmentBoardDto', properties: { departmentId: { type: 'string' }, visits: { type: 'array' } } };
export const supervisorBoardSchema: JsonSchema = { type: 'object', description: 'SupervisorBoardDto', properties: { generatedAt: { type: 'string' }, departments: { type: 'array' } } };

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
