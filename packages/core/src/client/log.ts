// The logger hook: one event per try, retry and outcome. Every string an event carries goes through redact()
// with the client's sitekey, so no event can hold it, whatever a lower layer put in a message.
import { redact } from '../redact.ts';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface LogEvent {
  readonly level: LogLevel;
  /** One line, for people. */
  readonly message: string;
  /** The request URL with the sitekey shown as [redacted]. */
  readonly url: string;
  /** 1 for the first try. */
  readonly attempt: number;
  readonly status?: number;
  readonly durationMs?: number;
  /** Before a retry: how long the client waits. */
  readonly delayMs?: number;
  /** The error's code (CLICKY_HTTP, ...) on a failed try. */
  readonly code?: string;
}

export type Logger = (event: LogEvent) => void;

/** Calls the logger with every string field redacted; a logger that throws never breaks a request. */
export function emit(logger: Logger | undefined, sitekey: string, event: LogEvent): void {
  if (!logger) return;
  const safe: LogEvent = {
    ...event,
    message: redact(event.message, [sitekey]),
    url: redact(event.url, [sitekey]),
  };
  try {
    logger(safe);
  } catch {
    // The logger is the caller's code; its failure is not the request's.
  }
}
