/** Fresh unique ids (UUID v4 in production, predictable ones in tests). */
export interface IdGenerator {
  next(): string;
}
