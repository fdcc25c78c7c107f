// An aligned text table for people: a header, numbers right-aligned, text left-aligned, and cells that may
// carry colour (measured without their escape codes).

export interface Cell {
  readonly text: string;
  readonly align: 'left' | 'right';
  /** ANSI colour wrapped around the text once it is padded; absent for plain. */
  readonly colour?: 'green' | 'red' | 'dim';
}

const CODES = {
  green: ['\u001b[32m', '\u001b[39m'],
  red: ['\u001b[31m', '\u001b[39m'],
  dim: ['\u001b[2m', '\u001b[22m'],
};

/** Control characters in a cell (a hostile title, say) are shown as `?`, so they cannot move the cursor. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** Renders rows under a header; `colour` false prints every cell plain. Column widths fit the widest cell. */
/** Text from the API or a file, safe to print on a terminal: every control character shown as `?`. */
export const printable = (text: string): string => text.replace(CONTROL, '?');

/**
 * Control characters other than line feed and tab, which a terminal would obey (`ESC ]` retitles the window or
 * hides a link, `ESC [2J` clears the screen, CR overwrites a line).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what it is for
const TERMINAL_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Lines (a message, CSV) with every control character but line feed and tab shown as `?`. */
export const terminalSafe = (text: string): string => text.replace(TERMINAL_CONTROL, '?');

/** Output for a stream: exact for a file or a pipe, terminal-safe on a terminal. */
export const forStream = (stream: { isTTY?: boolean }, text: string): string =>
  stream.isTTY === true ? terminalSafe(text) : text;

export function renderTable(header: readonly Cell[], rows: readonly (readonly Cell[])[], colour: boolean): string {
  const clean = (c: Cell): Cell => ({ ...c, text: printable(c.text) });
  const all = [header.map(clean), ...rows.map((r) => r.map(clean))];
  const widths = header.map((_, i) => Math.max(...all.map((r) => [...(r[i]?.text ?? '')].length)));
  const line = (cells: readonly Cell[]): string =>
    cells
      .map((c, i) => {
        const pad = ' '.repeat(Math.max(0, (widths[i] ?? 0) - [...c.text].length));
        const padded = c.align === 'right' ? pad + c.text : c.text + pad;
        if (!colour || c.colour === undefined) return padded;
        const [on, off] = CODES[c.colour];
        return `${on}${padded}${off}`;
      })
      .join('  ')
      .trimEnd();
  return `${all.map(line).join('\n')}\n`;
}

/** Whether a stream should get colour: a terminal, unless NO_COLOR is set; FORCE_COLOR turns it on anywhere. */
export function wantsColour(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true;
}
