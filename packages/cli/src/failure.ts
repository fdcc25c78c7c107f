// How the command line fails: a usage mistake (exit 2) or a run that could not finish (exit 1). API, network and
// decode errors arrive as the SDK's ClickyError and are mapped to these at the top (see run-cli.ts).
import { ClickyError, ClickyParamError } from '@clicky-sdk/core';

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
/** What shells report for a process stopped by Ctrl-C (128 + SIGINT). */
export const EXIT_INTERRUPTED = 130;

/** A flag or argument the command cannot use; the message says which and why. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A run that could not finish: a file that cannot be written, an archive of another site, a bad state file. */
export class RunError extends Error {
  override readonly name = 'RunError';
}

/** The exit code and the one-line message for whatever a command threw. */
export function describeFailure(error: unknown): { code: number; message: string } {
  if (error instanceof UsageError) return { code: EXIT_USAGE, message: error.message };
  // A request the SDK refused before sending it is a usage mistake too: a flag's value broke the API's rules.
  if (error instanceof ClickyParamError) return { code: EXIT_USAGE, message: error.message };
  if (error instanceof ClickyError) return { code: EXIT_FAILED, message: withCauses(error) };
  if (error instanceof RunError) return { code: EXIT_FAILED, message: error.message };
  return { code: EXIT_FAILED, message: systemMessage(error) };
}

/** An SDK error's message with the reasons below it (a network error's `connect ECONNREFUSED ...`). */
function withCauses(error: Error): string {
  const parts = [error.message];
  let cause: unknown = error.cause;
  for (let depth = 0; depth < 3 && cause instanceof Error; depth++) {
    if (cause.message !== '' && !parts.some((p) => p.includes(cause instanceof Error ? cause.message : '')))
      parts.push(cause.message);
    cause = cause.cause;
  }
  return parts.join(': ');
}

/** An error from the operating system (it has an errno code such as ENOSPC). */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && 'errno' in error;
}

/** A file-system or database error in words: what failed, on which path, and the system's reason. */
export function systemMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const e = error as NodeJS.ErrnoException;
  const reason: Record<string, string> = {
    ENOSPC: 'no space left on the device',
    EDQUOT: 'the disk quota is used up',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOENT: 'no such file or folder',
    EROFS: 'the file system is read-only',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is not a folder',
  };
  if (e.code !== undefined && reason[e.code] !== undefined)
    return `${e.syscall ?? 'file operation'} ${e.path ?? ''} failed: ${reason[e.code]} (${e.code})`.replace(
      /\s+/g,
      ' ',
    );
  return error.message;
}
