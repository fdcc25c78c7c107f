// The sidecar of an unfinished export (`FILE.clicky-export.json`): what was asked, how many bytes and rows of
// the output are committed, and the paginate cursor to go on from. Replaced atomically after each page; removed
// once the export is complete. Never holds the sitekey.
import { readFile, rm } from 'node:fs/promises';
import {
  type DateExpression,
  formatDateRange,
  isRecord,
  type PageCursor,
  parseDateExpression,
  resolveDateExpression,
} from '@clicky-sdk/core';
import { writeAtomically } from '../durable-file.ts';
import { RunError } from '../failure.ts';

export const STATE_VERSION = 1;

/** What identifies an export: a later run resumes it only when it asks the same. */
export interface ExportIdentity {
  readonly type: string;
  readonly date: string;
  readonly format: string;
  readonly siteId: number;
  readonly embedded: boolean;
}

export interface ExportState {
  readonly clicky: 'export';
  readonly version: number;
  readonly identity: ExportIdentity;
  /** The absolute range the date resolved to when the export started. */
  readonly range: string;
  /** Bytes of the output (or of the Parquet spool) that hold whole committed pages. */
  readonly bytes: number;
  readonly rows: number;
  readonly pages: number;
  /** Where paginate goes on; `done` once every page is in (only the closing step is left). */
  readonly cursor: PageCursor | null;
}

export const statePath = (out: string): string => `${out}.clicky-export.json`;

/** The state beside `out`, or undefined when there is none. A state that is not one is an error, not ignored. */
export async function readState(out: string): Promise<ExportState | undefined> {
  let text: string;
  try {
    text = await readFile(statePath(out), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  let state: unknown;
  try {
    state = JSON.parse(text);
  } catch {
    state = undefined;
  }
  if (!isState(state))
    throw new RunError(
      `${statePath(out)} is not an export state this version understands; remove it or use --overwrite`,
    );
  return state;
}

function isState(s: unknown): s is ExportState {
  if (!isRecord(s) || s.clicky !== 'export' || s.version !== STATE_VERSION || !isRecord(s.identity)) return false;
  const counts = [s.bytes, s.rows, s.pages].every((n) => Number.isSafeInteger(n) && (n as number) >= 0);
  return counts && typeof s.range === 'string' && (s.cursor === null || isCursor(s.cursor));
}

/** A cursor as paginate writes it; anything else in the state is an edited or damaged file. */
function isCursor(c: unknown): boolean {
  if (!isRecord(c) || typeof c.done !== 'boolean') return false;
  if (c.done) return true;
  const seen = c.seen;
  return (
    Number.isSafeInteger(c.page) &&
    (c.page as number) >= 1 &&
    Array.isArray(seen) &&
    seen.every((k) => typeof k === 'string') &&
    (c.window === undefined || typeof c.window === 'string')
  );
}

const fixedKinds = new Set<DateExpression['kind']>(['day', 'range', 'month', 'year']);

/**
 * Whether a state's recorded range can be the one `date` resolved to when the export started: a day or a range
 * of days, and exactly the asked dates when they do not depend on the day (`2024-01-01,2024-12-31`, `2024-03`).
 * An edited range would otherwise export other dates than the command names.
 */
export function rangeFits(date: string, range: string): boolean {
  let recorded: DateExpression;
  try {
    recorded = parseDateExpression(range);
  } catch {
    return false;
  }
  if (recorded.kind !== 'day' && recorded.kind !== 'range') return false;
  const asked = parseDateExpression(date);
  return !fixedKinds.has(asked.kind) || formatDateRange(resolveDateExpression(asked, '2000-01-01')) === range;
}

export const writeState = (out: string, state: ExportState): Promise<void> =>
  writeAtomically(statePath(out), `${JSON.stringify(state, null, 1)}\n`);

export const removeState = (out: string): Promise<void> => rm(statePath(out), { force: true });

/** Whether two identities ask the same export. */
export const sameExport = (a: ExportIdentity, b: ExportIdentity): boolean =>
  a.type === b.type && a.date === b.date && a.format === b.format && a.siteId === b.siteId && a.embedded === b.embedded;
