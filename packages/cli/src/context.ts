// What a command runs with: where it writes, its environment, and the signal Ctrl-C aborts.
export interface Writable {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

export interface CommandContext {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: NodeJS.ProcessEnv;
  /** Aborted on Ctrl-C (SIGINT) or SIGTERM: a command stops at its next safe point. */
  readonly signal: AbortSignal;
  /** One line on stderr: notes and progress, never data. */
  note(line: string): void;
}
