import type { JsonSchema } from './route-definition';

export const deadLetterSchema: JsonSchema = {
  type: 'object',
  description: 'An event a processor could not handle: which event and why, never its data.',
  properties: {
    id: { type: 'integer' },
    processor: { type: 'string' },
    position: { type: 'string', description: 'Global position of the event' },
    streamId: { type: 'string' },
    revision: { type: 'integer' },
    eventType: { type: 'string' },
    eventId: { type: 'string' },
    error: { type: 'string', description: "The processor's error message" },
    attempts: { type: 'integer', description: 'The first failure and each failed replay' },
    firstFailedAt: { type: 'string', format: 'date-time' },
    lastFailedAt: { type: 'string', format: 'date-time' },
    state: { enum: ['open', 'replayed', 'rebuilt'] },
    resolvedAt: { type: ['string', 'null'], format: 'date-time' },
    resolvedBy: { type: ['string', 'null'], description: 'Staff id of the admin who replayed it' },
    summary: { type: 'string', description: 'Japanese, for the admin' },
  },
  required: ['id', 'processor', 'position', 'streamId', 'revision', 'eventType', 'eventId', 'error', 'attempts', 'firstFailedAt', 'lastFailedAt', 'state', 'resolvedAt', 'resolvedBy', 'summary'],
};

export const deadLetterListSchema: JsonSchema = {
  type: 'object',
  properties: {
    open: { type: 'integer', description: 'Open dead letters in all' },
    deadLetters: { type: 'array', items: deadLetterSchema, description: 'Newest first, at most 500' },
  },
  required: ['open', 'deadLetters'],
};
