import type { JsonSchema } from '../../http/route-definition';

export const visitOpenedSchema: JsonSchema = {
  type: 'object',
  properties: { id: { type: 'string', format: 'uuid' }, revision: { type: 'integer' }, position: { type: 'string' } },
  required: ['id', 'revision', 'position'],
};

export const visitDetailSchema: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    status: { enum: ['open'] },
    counterId: { type: 'string' },
    counterName: { type: 'string' },
    departmentId: { type: 'string' },
    departmentName: { type: 'string' },
    officeId: { type: 'string' },
    officeName: { type: 'string' },
    openedAt: { type: 'string', format: 'date-time' },
    openedBy: { type: 'string' },
    openedByName: { type: 'string' },
    revision: { type: 'integer' },
  },
};

export const departmentQueueSchema: JsonSchema = {
  type: 'object',
  properties: {
    departmentId: { type: 'string' },
    departmentName: { type: 'string' },
    position: { type: 'string' },
    visits: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          visitId: { type: 'string' },
          counterId: { type: 'string' },
          counterName: { type: 'string' },
          status: { enum: ['open'] },
          openedAt: { type: 'string', format: 'date-time' },
          openedBy: { type: 'string' },
          openedByName: { type: 'string' },
        },
      },
    },
  },
};
