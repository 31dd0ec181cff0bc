import { stackFrames } from './personal-data.scrubber';

/**
 * What an error line may say about an unexpected error: its name, its code when it has one, and its stack
 * frames. Not its message: a message may quote user input (a name typed into a form, a 宛名番号 in a path).
 */
export function safeErrorFields(error: unknown): { errorType: string; errorCode?: string; stack: string[] } {
  const type = error instanceof Error ? error.name : typeof error;
  const code = typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  return { errorType: type, ...(code !== undefined ? { errorCode: code } : {}), stack: stackFrames(error) };
}
