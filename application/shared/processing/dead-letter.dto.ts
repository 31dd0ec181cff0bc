/** An event a processor could not handle, as admins see it (GET /api/admin/dead-letters): which event and why, never its data. */
export interface DeadLetterDto {
  readonly id: number;
  readonly processor: string;
  /** Global position of the event. */
  readonly position: string;
  readonly streamId: string;
  readonly revision: number;
  readonly eventType: string;
  readonly eventId: string;
  /** The processor's error message. */
  readonly error: string;
  /** The first failure and each failed replay. */
  readonly attempts: number;
  /** @format date-time */
  readonly firstFailedAt: string;
  /** @format date-time */
  readonly lastFailedAt: string;
  readonly state: 'open' | 'replayed' | 'rebuilt';
  /** @format date-time */
  readonly resolvedAt: string | null;
  /** Staff id of the admin who replayed it. */
  readonly resolvedBy: string | null;
  /** Japanese, for the admin. */
  readonly summary: string;
}

/** GET /api/admin/dead-letters */
export interface DeadLetterListDto {
  /** Open dead letters in all. */
  readonly open: number;
  /** Newest first, at most 500. */
  readonly deadLetters: readonly DeadLetterDto[];
}
