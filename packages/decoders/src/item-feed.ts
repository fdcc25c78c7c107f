// The sink decodeItems gives a reader: it types each item as the reader hands it over and queues it for the
// caller, making the checks whole decoding makes in typeResult (each type requested and met once, date labels)
// as types and groups open. A check that fails does not throw at once: decode on the whole body would report a
// broken body (bad JSON, a layout error) found further on first, so the first failure is kept, nothing more is
// handed out, the reader reads on, and end() throws what decode would.
import type { ClickyDecodeError, OutputFormat } from '@clicky-sdk/core';
import type { CodecOptions, ItemSink } from './codec.ts';
import type { GroupEntry, ItemEntry } from './item-entries.ts';
import type { DecodedResult } from './result.ts';
import type { ItemTyper, Where } from './typing/kit.ts';
import { checkRequested, dateBounds, startWhere, typeItem, typerFor } from './typing/result.ts';

/** An entry as the feed queues it: typed by the body, not yet by the caller's types. */
export type RawEntry = GroupEntry | ItemEntry;

export class ItemFeed implements ItemSink {
  readonly #format: OutputFormat;
  readonly #options: CodecOptions;
  /** Entries typed and not yet handed out: the caller empties it after each piece of text. */
  readonly #queue: RawEntry[];
  readonly #w: Where;
  readonly #seen = new Set<string>();
  readonly #isSeen = (type: string): boolean => this.#seen.has(type);
  #typer: ItemTyper | undefined;
  #date = '';
  #items = 0;
  /** The first check that failed (a type, a date, an item with strict): decode's error, unless one outranks it. */
  #failed: { error: unknown } | undefined;
  /** A reader's rejection of an item (see ItemSink.reject): it outranks every typing error. */
  #rejected: ClickyDecodeError | undefined;
  #whole = false;

  constructor(format: OutputFormat, options: CodecOptions, queue: RawEntry[]) {
    this.#format = format;
    this.#options = options;
    this.#queue = queue;
    this.#w = startWhere(format, options);
    this.#w.date = -1;
  }

  type(name: string): void {
    if (this.#stopped()) return;
    const w = this.#w;
    w.type = name;
    w.date = -1;
    try {
      this.#typer = typerFor(name, this.#isSeen, this.#format, this.#options);
      this.#seen.add(name);
    } catch (e) {
      this.#failed = { error: e };
    }
  }

  group(date: string): void {
    if (this.#stopped()) return;
    const w = this.#w;
    w.date++;
    this.#items = 0;
    this.#date = date;
    try {
      const { start, end } = dateBounds(date, w);
      this.#queue.push({ kind: 'group', type: w.type, date, start, end });
    } catch (e) {
      this.#failed = { error: e };
    }
  }

  item(value: unknown): void {
    if (this.#stopped()) return;
    const w = this.#w;
    w.item = this.#items++;
    try {
      if (typeItem(value, this.#typer, w))
        this.#queue.push({ kind: 'item', type: w.type, date: this.#date, item: value });
    } catch (e) {
      this.#failed = { error: e };
    }
  }

  reject(error: ClickyDecodeError): void {
    this.#rejected ??= error;
  }

  whole(result: DecodedResult): void {
    this.#whole = true;
    for (const type of Object.keys(result)) {
      for (const g of result[type] ?? []) {
        this.#queue.push({ kind: 'group', type, date: g.date, start: g.start, end: g.end });
        for (const item of g.items) this.#queue.push({ kind: 'item', type, date: g.date, item });
      }
    }
  }

  /** Once the reader has made its own checks at the end of the body: what decode would have thrown next. */
  end(): void {
    if (this.#rejected !== undefined) throw this.#rejected;
    if (this.#failed !== undefined) throw this.#failed.error;
    if (!this.#whole) checkRequested(this.#isSeen, this.#format, this.#options);
  }

  /** Whether the body is already known to fail: nothing more is typed or handed out. */
  #stopped(): boolean {
    return this.#failed !== undefined || this.#rejected !== undefined;
  }
}
