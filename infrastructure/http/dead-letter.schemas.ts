import { responseSchema } from './openapi/response-schemas';
import type { JsonSchema } from './route-definition';

/** The dead-letter routes' answers (application/shared/processing/dead-letter.dto.ts). */

export const deadLetterSchema: JsonSchema = responseSchema('DeadLetterDto');

export const deadLetterListSchema: JsonSchema = responseSchema('DeadLetterListDto');
