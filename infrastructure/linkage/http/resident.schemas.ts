import type { JsonSchema } from '../../http/route-definition';

/** JSON Schemas of the resident answers, for the OpenAPI document. */

const addressSchema: JsonSchema = {
  type: 'object',
  properties: {
    postalCode: { type: 'string', examples: ['025-0075'] },
    city: { type: 'string', examples: ['岩手県花巻市'] },
    town: { type: 'string', examples: ['花城町'] },
    banchi: { type: 'string', examples: ['9番30号'] },
    katagaki: { type: 'string', description: '方書 (building, room); may be empty' },
  },
};

const summaryProperties = {
  atenaNumber: { type: 'string', pattern: '^\\d+$', description: '宛名番号 (modulus-11 check digit last)' },
  householdNumber: { type: 'string', pattern: '^\\d+$', description: '世帯番号' },
  name: { type: 'string', description: '氏名 as registered (may carry IVS)' },
  nameFallback: { type: 'string' },
  nameKana: { type: 'string' },
  nameKanaConfirmed: { type: 'boolean' },
  birthDate: { type: 'string', format: 'date' },
  sex: { enum: ['male', 'female', 'unspecified'] },
  relationship: { type: 'string', description: '続柄' },
  isHouseholdHead: { type: 'boolean' },
  address: addressSchema,
  status: { enum: ['住民', '転出', '死亡'] },
} as const;

export const residentSummarySchema: JsonSchema = { type: 'object', properties: summaryProperties };

export const residentSearchResultSchema: JsonSchema = {
  type: 'object',
  properties: { source: { type: 'string' }, results: { type: 'array', items: residentSummarySchema } },
  required: ['source', 'results'],
};

export const residentDetailSchema: JsonSchema = {
  type: 'object',
  properties: {
    source: { type: 'string' },
    resident: {
      type: 'object',
      properties: {
        ...summaryProperties,
        formerSurname: { type: ['string', 'null'], description: '旧氏' },
        addressSince: { type: 'string', format: 'date' },
        previousAddress: { type: ['string', 'null'] },
        honseki: { type: 'string' },
        hittosha: { type: 'string' },
        insurance: { type: 'object' },
        allowances: { type: 'object' },
        sealRegistered: { type: 'boolean' },
        hasMyNumberCard: { type: 'boolean' },
        suppressed: { const: false },
      },
    },
    household: { type: 'array', items: residentSummarySchema },
  },
  required: ['source', 'resident', 'household'],
};
