// Progress on stderr: a cli-progress bar on a terminal, one plain line per step otherwise (logs, CI, pipes).
import cliProgress from 'cli-progress';
import type { CommandContext } from './context.ts';

export interface Progress {
  /** Rows done so far (this run and earlier ones), and what is being read now. */
  update(rows: number, detail: string): void;
  /** Learns the expected total once it is known. */
  setTotal(total: number): void;
  stop(): void;
}

const count = new Intl.NumberFormat('en-US');

export function startProgress(ctx: CommandContext, label: string, startRows: number): Progress {
  if (ctx.stderr.isTTY !== true) {
    return {
      update: (rows, detail) => ctx.note(`${label}: ${count.format(rows)} rows (${detail})`),
      setTotal: (total) => ctx.note(`${label}: about ${count.format(total)} rows to read`),
      stop: () => {},
    };
  }
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} {bar} {value}/{total} rows | {detail}`,
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  // The total is a tally the API gives; until it is in, the bar shows the rows read against the rows read.
  bar.start(Math.max(startRows, 1), startRows, { detail: 'starting' });
  let total = 0;
  return {
    update: (rows, detail) => {
      if (rows > total) bar.setTotal(rows);
      bar.update(rows, { detail });
    },
    setTotal: (t) => {
      total = t;
      bar.setTotal(Math.max(t, 1));
    },
    stop: () => bar.stop(),
  };
}
