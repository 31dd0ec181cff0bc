import { staffRoles } from '../../../application/identity/contracts/staff-role.contract';
import type { JsonSchema } from '../../http/route-definition';

export const staffSessionSchema: JsonSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    username: { type: 'string' },
    displayName: { type: 'string' },
    role: { enum: [...staffRoles] },
    departmentIds: { type: 'array', items: { type: 'string' } },
    counterId: { type: ['string', 'null'] },
  },
  required: ['id', 'username', 'displayName', 'role', 'departmentIds', 'counterId'],
};

export const loginResultSchema: JsonSchema = {
  type: 'object',
  properties: { csrfToken: { type: 'string' }, staff: staffSessionSchema },
  required: ['csrfToken', 'staff'],
};

export const staffAccountListSchema: JsonSchema = {
  type: 'array',
  items: {
    allOf: [
      staffSessionSchema,
      {
        type: 'object',
        properties: { departmentNames: { type: 'array', items: { type: 'string' } }, counterName: { type: ['string', 'null'] } },
      },
    ],
  },
};
