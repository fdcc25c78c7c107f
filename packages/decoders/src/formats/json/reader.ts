// Reading the JSON layout as its text arrives: the outer array, each type's and date's keys in any order, and
// the items one by one, each handed to JSON.parse as soon as it is complete; only the unread tail is kept.
import { ClickyDecodeError } from '@clicky-sdk/core';
import { type CodecOptions, NEED_MORE } from '../../codec.ts';
import type { DecodedResult } from '../../result.ts';
import { TailReader } from '../../tail-reader.ts';
import { typeResult } from '../../typing/result.ts';
import { decodeJson } from './decode.ts';
import { asWire } from './layout.ts';
import { skipSpace, stringEnd, valueEnd } from './scan.ts';

type Frame = 'types' | 'type-key' | 'dates' | 'date-key' | 'items' | 'done';
/** A type object as read so far; `dates` and `items` exist once their key has been read. */
interface TypeEntry {
  type?: unknown;
  error?: unknown;
  dates?: { date?: unknown; items?: unknown[] }[];
}

/** A body that is not an array (an error object, JSONP) is read whole at the end. */
export class JsonLayoutReader extends TailReader {
  #frame: Frame | 'start' = 'start';
  #first = true;
  #whole = false;
  readonly #tree: TypeEntry[] = [];
  readonly #options: CodecOptions;

  constructor(options: CodecOptions) {
    super();
    this.#options = options;
  }

  protected read(text: string, final: boolean): void {
    let at = 0;
    while (this.#frame !== 'done' && !this.#whole) {
      const next = this.#step(text, at, final);
      if (next === at) break;
      at = next;
      this.consumed = at;
    }
  }

  protected finish(rest: string): DecodedResult {
    if (this.#whole) return decodeJson(rest, this.#options);
    if (this.#frame !== 'done' || skipSpace(rest, 0) !== rest.length) {
      throw new ClickyDecodeError(
        'json',
        this.#frame === 'done' ? 'the end of the body after the array' : 'valid JSON (the body ends early)',
      );
    }
    return typeResult(asWire(this.#tree.map(toEntry)), 'json', this.#options);
  }

  protected endedEarly(): ClickyDecodeError {
    return new ClickyDecodeError('json', 'valid JSON (the body ends early)');
  }

  /** Starts reading the elements of a new level; returns where reading goes on. */
  #enter(frame: Frame, next: number): number {
    this.#frame = frame;
    this.#first = true;
    return next;
  }

  /** One step from `at`; returns where it ended (at itself when nothing could be read yet). */
  #step(s: string, at: number, final: boolean): number {
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
