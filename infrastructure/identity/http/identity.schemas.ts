import { responseSchema } from '../../http/openapi/response-schemas';
import type { JsonSchema } from '../../http/route-definition';

/** The identity routes' answers: the staff read-model types (openapi/response-contracts.ts). */

export const loginResultSchema: JsonSchema = responseSchema('LoginResultDto');

export const staffAccountListSchema: JsonSchema = responseSchema('StaffAccountList');
