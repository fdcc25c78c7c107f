// Reading the PHP layout (type => date => list of items) item by item, holding only the unread tail. Whole bodies
// go through this reader too, so a body has one answer however it arrives. As in the layout check of a whole
// tree, an "error" string anywhere in the outer array makes the body the API's error, whatever else it holds:
// so a layout problem is noted and the offending value skipped, and the error decided at the end.
// With a sink (decodeItems), types, date groups and items go to it as they are read, a tally's hourly item split
// into its hours on the way, and no item is kept.
import { ClickyApiError, ClickyDecodeError } from '@clicky-sdk/core';
import { type CodecOptions, type ItemSink, NEED_MORE } from '../../codec.ts';
import { KeyTree } from '../../key-tree.ts';
import { SharedStrings } from '../../own-text.ts';
import type { DecodedResult } from '../../result.ts';
import { TailReader } from '../../tail-reader.ts';
import { typeResult } from '../../typing/result.ts';
import { isTally } from '../../typing/shapes.ts';
import { hourlyItems, splitHourly } from './hourly.ts';
import { asWire } from './layout.ts';
import { PhpCursor, type PhpPlan, unserialize } from './unserialize.ts';

/** What the reader reads next: the outer array's header, a type, a date group, an item. */
type Step = 'root' | 'type' | 'date' | 'item' | 'done';

/** Nesting of the layout's own arrays: the outer one is 1, a type's dates 2, a date's items 3, an item 4. */
const DEPTH: Readonly<Record<'type' | 'date' | 'item', number>> = { type: 1, date: 2, item: 3 };

interface WireGroup {
  readonly date: string;
  readonly items: unknown[];
}

/**
 * A body whose outer array is a list (integer keys: the API's `[["error" => ...]]` error, or something else
 * entirely) is read whole at the end.
 */
export class PhpLayoutReader extends TailReader {
  #step: Step = 'root';
  #whole = false;
  /** Elements still to read in each open array, outermost first. */
  readonly #left: number[] = [];
  readonly #wire: { type: string; dates: WireGroup[] }[] = [];
  /** The items of the date group being read. */
  #items: unknown[] = [];
  /** Items read in the date group being read (kept or handed out). */
  #count = 0;
  readonly #sink: ItemSink | undefined;
  /** The current type is a tally: with a sink, its hourly items are split as they are read. */
  #tally = false;
  #apiError: string | undefined;
  #layoutError: ClickyDecodeError | undefined;
  readonly #options: CodecOptions;
  /** The items' key sequences, kept from one piece of text to the next (see key-tree.ts). */
  readonly #keys = new KeyTree<PhpPlan>();
  readonly #shared = new SharedStrings();

  constructor(options: CodecOptions, sink?: ItemSink) {
    super();
    this.#options = options;
    this.#sink = sink;
  }

  protected read(text: string, final: boolean): void {
    if (this.#whole) return;
    const cursor = new PhpCursor(text, this.#options.maxDepth, final, this.#keys, this.#shared);
    while (this.#step !== 'done' && !this.#whole && cursor.i < text.length) {
      this.#advance(cursor);
      if (!this.#whole) this.consumed = cursor.i;
    }
    if (this.#step === 'done' || this.#whole) this.holdRest();
  }

  protected finish(rest: string): DecodedResult {
    const sink = this.#sink;
    if (this.#whole) {
      const result = typeResult(asWire(unserialize(rest, this.#options.maxDepth)), 'php', this.#options);
      if (sink === undefined) return result;
      sink.whole(result);
      return {};
    }
    if (this.#step !== 'done' || rest.length > 0)
      throw new ClickyDecodeError('php', 'the end of the body after the data', { offset: 0 });
    if (this.#apiError !== undefined) throw new ClickyApiError(this.#apiError, 'php');
    if (this.#layoutError !== undefined) throw this.#layoutError;
    return sink === undefined ? typeResult(splitHourly(this.#wire), 'php', this.#options) : {};
  }

  protected endedEarly(): ClickyDecodeError {
    return new ClickyDecodeError('php', 'the end of the body after the data', { offset: 0 });
  }

  /** One step of the layout; throws NEED_MORE (and is read again later) when the text ends inside it. */
  #advance(c: PhpCursor): void {
    switch (this.#step) {
      case 'root':
        this.#root(c);
        break;
      case 'type':
        if (!this.#closed(c, 'done')) this.#type(c);
        break;
      case 'date':
        if (!this.#closed(c, 'type')) this.#date(c);
        break;
      case 'item':
        if (!this.#closed(c, 'date')) this.#item(c);
        break;
    }
  }

  #root(c: PhpCursor): void {
    const start = c.i;
    const types = this.#open(c, 1);
    if (types > 0) {
      if (c.i >= c.s.length) throw NEED_MORE; // the first key says whether this is the layout
      if (c.nextKeyIsInteger()) {
        this.#whole = true;
        c.i = start;
        return;
      }
    }
    this.#step = 'type';
  }

  /** `a:N:{` of a layout level at `depth`; returns N. */
  #open(c: PhpCursor, depth: number): number {
    if (depth > c.maxDepth) c.fail(`nesting no deeper than ${c.maxDepth}`, c.i);
    const count = c.arrayHeader();
    this.#left.push(count);
    return count;
  }

  /** When the innermost open array has no elements left, closes it and moves to `next`. */
  #closed(c: PhpCursor, next: Step): boolean {
    if (this.#left[this.#left.length - 1] !== 0) return false;
    c.arrayEnd();
    this.#left.pop();
    this.#countOne();
    this.#step = next;
    return true;
  }

  #countOne(): void {
    const last = this.#left.length - 1;
    if (last >= 0) this.#left[last] = (this.#left[last] as number) - 1;
  }

  /** Notes the first layout problem, skips the value it is about, and reads on (see the file's comment). */
  #skip(c: PhpCursor, expected: string, at: number, depth: number): void {
    this.#layoutError ??= new ClickyDecodeError('php', expected, { offset: at });
    c.depth = depth;
    c.value();
    this.#countOne();
  }

  #type(c: PhpCursor): void {
    const at = c.i;
    const key = c.key();
    if (key === 'error' && c.s.charCodeAt(c.i) === 115 /* s */) {
      this.#apiError = c.value() as string;
      this.#countOne();
      return;
    }
    if (!c.nextIsArray()) {
      this.#skip(c, 'an array of date => items', at, DEPTH.type);
      return;
    }
    this.#open(c, 2);
    const type = String(key);
    this.#wire.push({ type, dates: [] });
    if (this.#sink !== undefined) {
      this.#tally = isTally(type);
      this.#sink.type(type);
    }
    this.#step = 'date';
  }

  #date(c: PhpCursor): void {
    const at = c.i;
    const date = c.key();
    // Dates are string keys; integer keys would make the dates a list, which the layout does not allow.
    if (typeof date !== 'string' || !c.nextIsArray()) {
      this.#skip(c, typeof date !== 'string' ? 'an array of date => items' : 'a list of items', at, DEPTH.date);
      return;
    }
    this.#open(c, 3);
    this.#items = [];
    this.#count = 0;
    this.#wire.at(-1)?.dates.push({ date, items: this.#items });
    this.#sink?.group(date);
    this.#step = 'item';
  }

  /** The group's items, as many as the text holds (each one counted as read once it is whole). */
  #item(c: PhpCursor): void {
    const items = this.#items;
    const left = this.#left;
    const last = left.length - 1;
    while ((left[last] as number) > 0 && c.i < c.s.length) {
      const at = c.i;
      // Items are a list: keys 0, 1, 2... in order.
      if (c.key() !== this.#count) {
        this.#skip(c, 'a list of items', at, DEPTH.item);
      } else {
        c.depth = DEPTH.item;
        const item = c.value();
        if (this.#sink === undefined) items.push(item);
        else this.#handOver(item);
        this.#count++;
        left[last] = (left[last] as number) - 1;
      }
      this.consumed = c.i;
    }
  }

  /** An item to the sink: a tally's hourly item as its hours (refused as whole decoding refuses it). */
  #handOver(item: unknown): void {
    const sink = this.#sink as ItemSink;
    if (!this.#tally) {
      sink.item(item);
      return;
    }
    const wire = this.#wire.at(-1);
    try {
      const hours = hourlyItems(item, `${wire?.type}[${(wire?.dates.length ?? 0) - 1}].items[${this.#count}]`);
      if (hours === undefined) sink.item(item);
      else for (const hour of hours) sink.item(hour);
    } catch (e) {
      if (!(e instanceof ClickyDecodeError)) throw e;
      sink.reject(e);
    }
  }
}
