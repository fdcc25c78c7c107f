// Reading the JSON layout as its text arrives: the outer array, each type's and date's members in any order, and
// the items one by one, each handed to JSON.parse as soon as it is complete; only the unread tail is kept.
// Only what has the layout's shape is read piece by piece: anything else (a type that is not an object, dates
// that are not a list) is parsed whole and kept as it is, so the layout check at the end sees what JSON.parse
// of the whole body would give, and a streamed body gets the same answer as a whole one.
// With a sink (decodeItems), items go to it as they are parsed: a type is announced when its dates list opens
// after its "type" member, a date group when its items list opens after its "date" member (the API's order). In
// any other order the type's or group's items are kept until its object closes, then handed over. A layout key
// met twice in an object whose items went out already is refused: JSON.parse keeps the last one, and the items
// of the first cannot be taken back.
import { ClickyDecodeError, isRecord } from '@clicky-sdk/core';
import { type CodecOptions, type ItemSink, NEED_MORE } from '../../codec.ts';
import { setOwn } from '../../own.ts';
import type { DecodedResult } from '../../result.ts';
import { TailReader } from '../../tail-reader.ts';
import { typeResult } from '../../typing/result.ts';
import { decodeJson } from './decode.ts';
import { asWire } from './layout.ts';
import { skipSpace, stringEnd, valueEnd } from './scan.ts';

/** Where the reader is: the outer list, a type object, its dates list, a date object, its items list. */
type Frame = 'start' | 'types' | 'type' | 'dates' | 'date' | 'items' | 'done';

/** The members the layout check reads; others are skipped (after JSON.parse has checked them). */
const isLayoutKey = (isType: boolean, key: string): boolean =>
  isType ? key === 'type' || key === 'error' || key === 'dates' : key === 'date' || key === 'items';

/** A body that is not an array (an error object, JSONP) is read whole at the end. */
export class JsonLayoutReader extends TailReader {
  #frame: Frame = 'start';
  /** No element (or member) of the current level has been read yet. */
  #first = true;
  #whole = false;
  readonly #tree: unknown[] = [];
  #type: Record<string, unknown> = {};
  #dates: unknown[] = [];
  #date: Record<string, unknown> = {};
  #items: unknown[] = [];
  readonly #options: CodecOptions;
  readonly #sink: ItemSink | undefined;
  /** The sink was told of the current type: its groups go to the sink as they open. */
  #typeOut = false;
  /** The sink was told of the current date group: its items go to the sink as they are read. */
  #groupOut = false;

  constructor(options: CodecOptions, sink?: ItemSink) {
    super();
    this.#options = options;
    this.#sink = sink;
  }

  protected read(text: string, final: boolean): void {
    let at = 0;
    while (this.#frame !== 'done' && !this.#whole) {
      const next = this.#step(text, at, final);
      if (next === at) break;
      at = next;
      this.consumed = at;
    }
    if (this.#frame === 'done' || this.#whole) this.holdRest();
  }

  protected finish(rest: string): DecodedResult {
    if (this.#whole) {
      const result = decodeJson(rest, this.#options);
      if (this.#sink === undefined) return result;
      this.#sink.whole(result);
      return {};
    }
    if (this.#frame !== 'done' || skipSpace(rest, 0) !== rest.length) {
      throw new ClickyDecodeError(
        'json',
        this.#frame === 'done' ? 'the end of the body after the array' : 'valid JSON (the body ends early)',
      );
    }
    const wire = asWire(this.#tree);
    return this.#sink === undefined ? typeResult(wire, 'json', this.#options) : {};
  }

  protected endedEarly(): ClickyDecodeError {
    return new ClickyDecodeError('json', 'valid JSON (the body ends early)');
  }

  /** One step from `at`: a bracket, an element or a member; returns where it ended (`at` when it waits). */
  #step(s: string, at: number, final: boolean): number {
    const i = skipSpace(s, at);
    // White space up to the end is read: left in the tail, a long run of it would be scanned again each chunk.
    if (i >= s.length) return i;
    switch (this.#frame) {
      case 'start':
        if (s.charCodeAt(i) !== 91 /* [ */) {
          this.#whole = true; // an error object, or JSONP
          return at;
        }
        return this.#enter('types', i + 1);
      case 'types':
      case 'dates':
      case 'items':
        return this.#element(s, i, final);
      case 'type':
      case 'date':
        return this.#member(s, i, final);
      default:
        return at;
    }
  }

  #enter(frame: Frame, next: number): number {
    this.#frame = frame;
    this.#first = true;
    return next;
  }

  /** Where the next element or member starts: past the comma that must separate it from the one before. */
  #separated(s: string, i: number, close: string): number {
    if (this.#first) return i;
    if (s.charCodeAt(i) !== 44 /* , */) throw new ClickyDecodeError('json', `a comma or ${close}`, { offset: i });
    const next = skipSpace(s, i + 1);
    if (next >= s.length) throw NEED_MORE;
    return next;
  }

  /** The end of a list, or its next element: an object the layout expects is opened, anything else parsed. */
  #element(s: string, at: number, final: boolean): number {
    const frame = this.#frame;
    if (s.charCodeAt(at) === 93 /* ] */) {
      this.#frame = frame === 'types' ? 'done' : frame === 'dates' ? 'type' : 'date';
      this.#first = false;
      return at + 1;
    }
    const i = this.#separated(s, at, ']');
    const list = frame === 'types' ? this.#tree : frame === 'dates' ? this.#dates : this.#items;
    if (frame !== 'items' && s.charCodeAt(i) === 123 /* { */) {
      const object: Record<string, unknown> = {};
      list.push(object);
      if (frame === 'types') this.#type = object;
      else this.#date = object;
      return this.#enter(frame === 'types' ? 'type' : 'date', i + 1);
    }
    const end = valueEnd(s, i, final);
    if (this.#groupOut && frame === 'items') (this.#sink as ItemSink).item(parse(s, i, end));
    else list.push(parse(s, i, end));
    this.#first = false;
    return end;
  }

  /** The end of an object, or its next member: the list the layout expects is opened, anything else parsed. */
  #member(s: string, at: number, final: boolean): number {
    const isType = this.#frame === 'type';
    if (s.charCodeAt(at) === 125 /* } */) {
      if (this.#sink !== undefined) this.#closed(isType);
      this.#frame = isType ? 'types' : 'dates';
      this.#first = false;
      return at + 1;
    }
    const i = this.#separated(s, at, '}');
    if (s.charCodeAt(i) !== 34) throw new ClickyDecodeError('json', 'a key', { offset: i });
    const keyEnd = stringEnd(s, i);
    const key = parse(s, i, keyEnd) as string;
    let v = skipSpace(s, keyEnd);
    if (v >= s.length) throw NEED_MORE;
    if (s.charCodeAt(v) !== 58 /* : */) throw new ClickyDecodeError('json', 'a colon after a key', { offset: v });
    v = skipSpace(s, v + 1);
    if (v >= s.length) throw NEED_MORE;
    const object = isType ? this.#type : this.#date;
    if (this.#sink !== undefined && (isType ? this.#typeOut : this.#groupOut) && isLayoutKey(isType, key)) {
      if (key !== 'error')
        throw new ClickyDecodeError('json', `one "${key}" in an object whose items are handed out as read`, {
          offset: i,
        });
    }
    if (key === (isType ? 'dates' : 'items') && s.charCodeAt(v) === 91 /* [ */) {
      const list: unknown[] = [];
      setOwn(object, key, list);
      if (isType) this.#dates = list;
      else this.#items = list;
      if (this.#sink !== undefined) this.#opened(isType);
      return this.#enter(isType ? 'dates' : 'items', v + 1);
    }
    const end = valueEnd(s, v, final);
    const value = parse(s, v, end);
    if (isLayoutKey(isType, key)) setOwn(object, key, value);
    this.#first = false;
    return end;
  }

  /** A dates or items list opened: the sink is told of its type or group when the object named it already. */
  #opened(isType: boolean): void {
    const sink = this.#sink as ItemSink;
    if (isType) {
      const type = this.#type.type;
      this.#typeOut = typeof type === 'string';
      if (this.#typeOut) sink.type(type as string);
    } else {
      const date = this.#date.date;
      this.#groupOut = this.#typeOut && typeof date === 'string';
      if (this.#groupOut) sink.group(date as string);
    }
  }

  /** A type or date object closed: what it kept (named too late) goes to the sink now, if the layout holds. */
  #closed(isType: boolean): void {
    const sink = this.#sink as ItemSink;
    if (isType) {
      const { type, dates } = this.#type;
      if (!this.#typeOut && typeof type === 'string' && Array.isArray(dates)) {
        sink.type(type);
        handOver(sink, dates);
      }
      this.#typeOut = false;
    } else {
      if (this.#typeOut && !this.#groupOut) handOver(sink, [this.#date]);
      this.#groupOut = false;
    }
  }
}

/**
 * Hands a buffered type's date groups (or one group) to the sink: those whose "date" and "items" are as the
 * layout wants; the first that is not stops it (the layout check at the end refuses the body).
 */
function handOver(sink: ItemSink, dates: readonly unknown[]): void {
  for (const d of dates) {
    if (!isRecord(d) || typeof d.date !== 'string' || !Array.isArray(d.items)) return;
    sink.group(d.date);
    for (const item of d.items) sink.item(item);
    d.items.length = 0;
  }
}

function parse(s: string, start: number, end: number): unknown {
  try {
    return JSON.parse(s.slice(start, end));
  } catch {
    throw new ClickyDecodeError('json', 'valid JSON', { offset: start });
  }
}
