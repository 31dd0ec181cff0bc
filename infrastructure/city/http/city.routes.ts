import type { CityDirectory } from '../../../application/city/city-directory';
import { defineRoute } from '../../http/route-definition';
import { cityPolicies } from '../../../application/city/city.policies';

const counterSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    number: { type: 'integer' },
    departmentId: { type: 'string' },
    departmentName: { type: 'string' },
    officeId: { type: 'string' },
    officeName: { type: 'string' },
    building: { type: 'string' },
    floor: { type: 'string' },
  },
};

export function cityRoutes(city: CityDirectory) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/city',
      summary: 'The city: offices and departments',
      tags: ['city'],
      policy: cityPolicies.viewCity,
      responses: { 200: { description: 'City', schema: { type: 'object' } }, 401: { description: 'No session' } },
      handle: () => ({ status: 200, body: city.toDto() }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/counters',
      summary: 'Every counter with its department, office, building and floor',
      tags: ['city'],
      policy: cityPolicies.listCounters,
      responses: { 200: { description: 'Counters', schema: { type: 'array', items: counterSchema } }, 401: { description: 'No session' } },
      handle: () => ({ status: 200, body: city.allCounters() }),
    }),
  ];
}
