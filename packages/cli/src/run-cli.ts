// Runs the command line once: parses, runs the command, and turns the outcome into an exit code and one clear
// line on stderr. Ctrl-C (or SIGTERM) stops a command at its next safe point; a second one quits at once.
import { CommanderError } from 'commander';
import type { CommandContext, Writable } from './context.ts';
import { describeFailure, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE } from './failure.ts';
import { buildProgram } from './program.ts';
import { terminalSafe } from './text-table.ts';

export interface Io {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly env: NodeJS.ProcessEnv;
}

export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const controller = new AbortController();
  const ctx: CommandContext = {
    stdout: io.stdout,
    stderr: io.stderr,
    env: io.env,
    signal: controller.signal,
    note: (line) => io.stderr.write(`${line}\n`),
  };
  const onSignal = (): void => {
    if (controller.signal.aborted) process.exit(EXIT_INTERRUPTED);
    ctx.note('clicky: stopping after the current step (press Ctrl-C again to quit at once; the next run resumes)');
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    await buildProgram(ctx).parseAsync([...argv]);
    return EXIT_OK;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    const { code, message } = describeFailure(e);
    // The message may quote the API, DuckDB or a state file: a terminal must not obey escape codes in it.
    ctx.note(`clicky: ${terminalSafe(message)}`);
    return controller.signal.aborted ? EXIT_INTERRUPTED : code;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}
