import type { CityDirectory } from '../../../application/city/city-directory';
import { responseSchema } from '../../http/openapi/response-schemas';
import { defineRoute } from '../../http/route-definition';
import { cityPolicies } from '../../../application/city/city.policies';

export function cityRoutes(city: CityDirectory) {
  return [
    defineRoute({
      method: 'get',
      path: '/api/city',
      summary: 'The city: offices and departments',
      tags: ['city'],
      policy: cityPolicies.viewCity,
      responses: { 200: { description: 'City', schema: responseSchema('CityDto') }, 401: { description: 'No session' } },
      handle: () => ({ status: 200, body: city.toDto() }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/counters',
      summary: 'Every counter with its department, office, building and floor',
      tags: ['city'],
      policy: cityPolicies.listCounters,
      responses: { 200: { description: 'Counters', schema: responseSchema('CounterList') }, 401: { description: 'No session' } },
      handle: () => ({ status: 200, body: city.allCounters() }),
    }),
  ];
}
