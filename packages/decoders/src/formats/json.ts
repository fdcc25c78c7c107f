// The JSON layout: [{"type": T, "dates": [{"date": D, "items": [{...}]}]}]; errors are [{"error": "message"}].
import { ClickyApiError, ClickyDecodeError, type DateGroup } from '@clicky-sdk/core';
import { NEED_MORE, skipSpace, stringEnd, valueEnd } from '../json-scan.ts';
import type { DecodedResult } from '../result.ts';
import { type TypingOptions, typeResult, type WireType } from '../typing.ts';
import { toWireValue } from '../wire-values.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks the parsed tree has the JSON layout and returns it as the wire model. */
function asWire(tree: unknown): WireType[] {
  if (isRecord(tree) && typeof tree.error === 'string') throw new ClickyApiError(tree.error, 'json');
  if (!Array.isArray(tree)) throw new ClickyDecodeError('json', 'a top-level array of types');
  const first: unknown = tree[0];
  if (isRecord(first) && typeof first.error === 'string') throw new ClickyApiError(first.error, 'json');
  tree.forEach((entry: unknown, t) => {
    if (!isRecord(entry) || typeof entry.type !== 'string' || !Array.isArray(entry.dates)) {
      throw new ClickyDecodeError('json', 'an object with a string type and a dates list', { path: `[${t}]` });
    }
    entry.dates.forEach((d: unknown, di) => {
      if (!isRecord(d) || typeof d.date !== 'string' || !Array.isArray(d.items)) {
        throw new ClickyDecodeError('json', 'an object with a string date and an items list', {
          path: `${entry.type}[${di}]`,
        });
      }
    });
  });
  return tree as WireType[];
}

/** Where JSON.parse stopped, when its message says so (V8: "at position N"). */
function offsetOf(error: unknown): number | undefined {
  const m = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  return m ? Number(m[1]) : undefined;
}

const JSONP = /^\s*(?:var\s+[A-Za-z_$][\w.$]*\s*=\s*([\s\S]*?)|[A-Za-z_$][\w.$]*\s*\(([\s\S]*)\))\s*;?\s*$/;

/** The JSON inside a json_callback (`cb([...]);`) or json_var (`var v = [...];`) body; plain JSON as it is. */
export function unwrapJsonp(text: string): string {
  const c = text.trimStart()[0];
  if (c === '[' || c === '{') return text;
  const m = JSONP.exec(text);
  return m ? (m[1] ?? m[2] ?? '') : text;
}

export function decodeJson(text: string, options: Omit<TypingOptions, 'format'>): DecodedResult {
  let tree: unknown;
  try {
    tree = JSON.parse(unwrapJsonp(text));
  } catch (e) {
    // Truncated or malformed text, or nesting deeper than the engine's stack: all the same to the caller.
    const offset = offsetOf(e);
    throw new ClickyDecodeError('json', 'valid JSON', offset === undefined ? {} : { offset });
  }
  return typeResult(asWire(tree), { ...options, format: 'json' });
}

type Frame = 'types' | 'type-key' | 'dates' | 'date-key' | 'items' | 'done';
/** A type object as read so far; `dates` and `items` exist once their key has been read. */
interface TypeEntry {
  type?: unknown;
  error?: unknown;
  dates?: { date?: unknown; items?: unknown[] }[];
}

/**
 * Reads the JSON layout as its text arrives: the outer array, each type's and date's keys in any order, and
 * the items one by one, each handed to JSON.parse as soon as it is complete; only the unread tail is kept.
 * A body that is not an array (an error object, JSONP) is read whole at the end.
 */
export class JsonLayoutReader {
  #text = '';
  #frame: Frame | 'start' = 'start';
  #first = true;
  #whole = false;
  readonly #tree: TypeEntry[] = [];
  /** The most text held at once, for tests of the streaming claim. */
  maxHeld = 0;

  push(text: string): void {
    this.#text += text;
    this.maxHeld = Math.max(this.maxHeld, this.#text.length);
    if (!this.#whole) this.#run(false);
  }

  /** The parsed layout (checked by the caller), or the whole text when the body is not an array. */
  end(): { tree: TypeEntry[] } | { text: string } {
    if (!this.#whole) this.#run(true);
    if (this.#whole) return { text: this.#text };
    if (this.#frame !== 'done' || skipSpace(this.#text, 0) !== this.#text.length) {
      throw new ClickyDecodeError(
        'json',
        this.#frame === 'done' ? 'the end of the body after the array' : 'valid JSON (the body ends early)',
      );
    }
    return { tree: this.#tree };
  }

  #run(final: boolean): void {
    let at = 0;
    try {
      while (this.#frame !== 'done') {
        const next = this.#step(at, final);
        if (next === at) break;
        at = next;
      }
    } catch (e) {
      if (e !== NEED_MORE || final)
        throw e === NEED_MORE ? new ClickyDecodeError('json', 'valid JSON (the body ends early)') : e;
    }
    if (!this.#whole) this.#text = this.#text.slice(at);
  }

  /** Starts reading the elements of a new level; returns where reading goes on. */
  #enter(frame: Frame, next: number): number {
    this.#frame = frame;
    this.#first = true;
    return next;
  }

  /** One step from `at`; returns where it ended (at itself when nothing could be read yet). */
  #step(at: number, final: boolean): number {
    const s = this.#text;
    let i = skipSpace(s, at);
    if (i >= s.length) return at;
    const c = s.charCodeAt(i);
    const tree = this.#tree;
    const type = tree[tree.length - 1];
    const date = type?.dates?.[type.dates.length - 1];
    // A separator, then the next element; or the closing bracket of this level.
    const element = (close: number, onClose: () => void): number | undefined => {
      if (c === close) {
        onClose();
        this.#first = false;
        return i + 1;
      }
      if (!this.#first) {
        if (c !== 44 /* , */)
          throw new ClickyDecodeError('json', `a comma or ${String.fromCharCode(close)}`, { offset: i });
        i = skipSpace(s, i + 1);
        if (i >= s.length) throw NEED_MORE;
      }
      return undefined;
    };
    switch (this.#frame) {
      case 'start':
        if (c !== 91 /* [ */) {
          this.#whole = true; // an error object, or JSONP: read whole at the end
          return at;
        }
        return this.#enter('types', i + 1);
      case 'types': {
        const closed = element(93, () => (this.#frame = 'done'));
        if (closed !== undefined) return closed;
        expectObject(s, i, 'type');
        tree.push({});
        return this.#enter('type-key', i + 1);
      }
      case 'type-key':
      case 'date-key': {
        const closed = element(125, () => (this.#frame = this.#frame === 'type-key' ? 'types' : 'dates'));
        if (closed !== undefined) return closed;
        if (s.charCodeAt(i) !== 34) throw new ClickyDecodeError('json', 'a key', { offset: i });
        const keyEnd = stringEnd(s, i);
        const key = parse(s.slice(i, keyEnd), i) as string;
        let v = skipSpace(s, keyEnd);
        if (v >= s.length) throw NEED_MORE;
        if (s.charCodeAt(v) !== 58 /* : */) throw new ClickyDecodeError('json', 'a colon after a key', { offset: v });
        v = skipSpace(s, v + 1);
        const list = this.#frame === 'type-key' ? 'dates' : 'items';
        if (key === list) {
          if (s.charCodeAt(v) !== 91)
            throw v >= s.length ? NEED_MORE : new ClickyDecodeError('json', `a list for ${key}`, { offset: v });
          if (list === 'dates' && type) type.dates = [];
          if (list === 'items' && date) date.items = [];
          return this.#enter(list, v + 1);
        }
        const end = valueEnd(s, v, final, 64);
        const value: unknown = parse(s.slice(v, end), v);
        if (this.#frame === 'type-key' && type) {
          if (key === 'type') type.type = value;
          else if (key === 'error') type.error = value;
        } else if (date && key === 'date') date.date = value;
        this.#first = false;
        return end;
      }
      case 'dates': {
        const closed = element(93, () => (this.#frame = 'type-key'));
        if (closed !== undefined) return closed;
        expectObject(s, i, 'date');
        type?.dates?.push({});
        return this.#enter('date-key', i + 1);
      }
      case 'items': {
        const closed = element(93, () => (this.#frame = 'date-key'));
        if (closed !== undefined) return closed;
        const end = valueEnd(s, i, final, 64);
        date?.items?.push(parse(s.slice(i, end), i));
        this.#first = false;
        return end;
      }
      default:
        return at;
    }
  }
}

function expectObject(s: string, i: number, what: string): void {
  if (s.charCodeAt(i) !== 123) throw new ClickyDecodeError('json', `an object for each ${what}`, { offset: i });
}

function parse(text: string, offset: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ClickyDecodeError('json', 'valid JSON', { offset });
  }
}

/** Decodes JSON text as it arrives, item by item (see JsonLayoutReader). */
export async function decodeJsonChunks(
  chunks: AsyncIterable<string>,
  options: Omit<TypingOptions, 'format'>,
): Promise<DecodedResult> {
  const reader = new JsonLayoutReader();
  for await (const chunk of chunks) reader.push(chunk);
  const read = reader.end();
  if ('text' in read) return decodeJson(read.text, options);
  return typeResult(asWire(read.tree.map(toEntry)), { ...options, format: 'json' });
}

/** A streamed type entry in the shape asWire() checks: an error stays an error, missing keys stay missing. */
function toEntry(e: TypeEntry): Record<string, unknown> {
  const entry: Record<string, unknown> = {};
  if (e.dates !== undefined)
    entry.dates = e.dates.map((d) => ({
      ...(d.date === undefined ? {} : { date: d.date }),
      ...(d.items === undefined ? {} : { items: d.items }),
    }));
  if (e.type !== undefined) entry.type = e.type;
  if (e.error !== undefined) entry.error = e.error;
  return entry;
}

/** Writes a result in the API's JSON layout: every scalar a string, as the API sends it. */
export function encodeJson(result: Readonly<Record<string, readonly DateGroup<object>[]>>): string {
  return JSON.stringify(
    Object.entries(result).map(([type, groups]) => ({
      type,
      dates: groups.map((g) => ({ date: g.date, items: g.items.map((item) => toWireValue(item)) })),
    })),
  );
}

export function encodeJsonError(message: string): string {
  return JSON.stringify([{ error: message }]);
}
