// The serialized-PHP layout: PHP's serialize() of type => date => list of items (the reference's example walks
// it as foreach type, foreach date, foreach item). Errors: a list holding ["error" => message].
import { ClickyApiError, ClickyDecodeError, type DateGroup } from '@clicky-sdk/core';
import { PhpCursor, type PhpValue, serialize, unserialize } from '../php-values.ts';
import type { DecodedResult } from '../result.ts';
import { type TypingOptions, typeResult, type WireType } from '../typing.ts';
import { toWireValue } from '../wire-values.ts';

const isRecord = (v: unknown): v is Record<string, PhpValue> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function errorMessage(tree: PhpValue): string | undefined {
  if (isRecord(tree) && typeof tree.error === 'string') return tree.error;
  if (Array.isArray(tree) && isRecord(tree[0]) && typeof tree[0].error === 'string') return tree[0].error;
  return undefined;
}

/** An empty PHP array serializes the same as a list and as a map: both mean "nothing here". */
const entries = (v: PhpValue, what: string, path: string): [string, PhpValue][] => {
  if (Array.isArray(v) && v.length === 0) return [];
  if (!isRecord(v)) throw new ClickyDecodeError('php', what, { path });
  return Object.entries(v);
};

export function decodePhp(
  text: string,
  options: Omit<TypingOptions, 'format'> & { maxDepth?: number | undefined },
): DecodedResult {
  const tree = unserialize(text, options.maxDepth);
  const message = errorMessage(tree);
  if (message !== undefined) throw new ClickyApiError(message, 'php');
  const wire: WireType[] = entries(tree, 'an array of type => dates', '(root)').map(([type, dates]) => ({
    type,
    dates: entries(dates, 'an array of date => items', type).map(([date, items], di) => {
      if (!Array.isArray(items)) throw new ClickyDecodeError('php', 'a list of items', { path: `${type}[${di}]` });
      return { date, items };
    }),
  }));
  return typeResult(wire, { ...options, format: 'php' });
}

type Step = 'root' | 'type' | 'date' | 'item' | 'done';

/**
 * Reads the PHP layout as its text arrives: the type and date headers as they come, then items one by one,
 * keeping only the text not yet read. A step that runs out of text is tried again once more has arrived (after
 * the tail has at least doubled, so a long item is not re-read for every small chunk). Error bodies and other
 * shapes are read whole at the end.
 */
export class PhpLayoutReader {
  #text = '';
  #retryAt = 0;
  #step: Step = 'root';
  #whole = false;
  #left: number[] = [];
  readonly #wire: { type: string; dates: { date: string; items: unknown[] }[] }[] = [];
  readonly #maxDepth: number | undefined;
  /** The most text held at once, for tests of the streaming claim. */
  maxHeld = 0;

  constructor(maxDepth?: number) {
    this.#maxDepth = maxDepth;
  }

  push(text: string): void {
    this.#text += text;
    this.maxHeld = Math.max(this.maxHeld, this.#text.length);
    if (!this.#whole && this.#text.length >= this.#retryAt) this.#run(false);
  }

  /** The wire model, or the whole text when the body is not the data layout (an error body, say). */
  end(): { wire: WireType[] } | { text: string } {
    if (this.#whole) return { text: this.#text };
    this.#run(true);
    if (this.#whole) return { text: this.#text };
    if (this.#step !== 'done' || this.#text.length > 0)
      throw new ClickyDecodeError('php', 'the end of the body after the data', { offset: 0 });
    return { wire: this.#wire };
  }

  #run(final: boolean): void {
    const cursor = new PhpCursor(this.#text, this.#maxDepth ?? 64);
    let consumed = 0;
    this.#retryAt = 0;
    try {
      while (this.#step !== 'done' && cursor.i < this.#text.length) {
        this.#advance(cursor);
        consumed = cursor.i;
      }
    } catch (e) {
      if (this.#whole) return; // not the data layout: end() reads the whole text
      if (final || !(e instanceof ClickyDecodeError)) throw e;
      // Probably the text ends inside this step: wait until the unread tail has grown enough to retry.
      const tail = this.#text.length - consumed;
      this.#retryAt = Math.max(tail * 2, tail + 4096);
    }
    this.#text = this.#text.slice(consumed);
  }

  /** Closes the array just read to its end, counts it as one element of its parent, and moves to `next`. */
  #close(c: PhpCursor, next: Step): void {
    c.arrayEnd();
    this.#left.pop();
    this.#countOne();
    this.#step = next;
  }

  /** Counts one element of the innermost open array as read. */
  #countOne(): void {
    const last = this.#left.length - 1;
    this.#left[last] = (this.#left[last] ?? 0) - 1;
  }

  /** One step of the layout; throws (and is rolled back by #run) when the text ends inside it. */
  #advance(c: PhpCursor): void {
    const left = this.#left;
    switch (this.#step) {
      case 'root': {
        const start = c.i;
        const types = c.arrayHeader();
        // An error body (a list, or a map with an "error" key) is not the data layout: read it whole at the end.
        if (types > 0 && (c.nextKeyIsInteger() || this.#text.startsWith('s:5:"error";', c.i))) {
          this.#whole = true;
          c.i = start;
          throw new ClickyDecodeError('php', 'the data layout');
        }
        left.push(types);
        this.#step = 'type';
        return;
      }
      case 'type': {
        if (left[left.length - 1] === 0) {
          c.arrayEnd();
          left.pop();
          this.#step = 'done';
          return;
        }
        const type = String(c.key());
        const dates = c.arrayHeader();
        left.push(dates);
        this.#wire.push({ type, dates: [] });
        this.#step = 'date';
        return;
      }
      case 'date': {
        if (left[left.length - 1] === 0) {
          this.#close(c, 'type');
          return;
        }
        const date = c.key();
        // Dates are string keys; integer keys would make the whole body a list, which the layout does not allow.
        if (typeof date !== 'string') throw new ClickyDecodeError('php', 'an array of date => items', { offset: c.i });
        const items = c.arrayHeader();
        left.push(items);
        this.#wire.at(-1)?.dates.push({ date, items: [] });
        this.#step = 'item';
        return;
      }
      case 'item': {
        if (left[left.length - 1] === 0) {
          this.#close(c, 'date');
          return;
        }
        const items = this.#wire.at(-1)?.dates.at(-1)?.items ?? [];
        // Items are a list: keys 0, 1, 2..., as the whole-body reader requires.
        if (c.key() !== items.length) throw new ClickyDecodeError('php', 'a list of items', { offset: c.i });
        items.push(c.value());
        this.#countOne();
        return;
      }
      case 'done':
        return;
    }
  }
}

/** Decodes PHP text as it arrives, item by item (see PhpLayoutReader). */
export async function decodePhpChunks(
  chunks: AsyncIterable<string>,
  options: Omit<TypingOptions, 'format'> & { maxDepth?: number | undefined },
): Promise<DecodedResult> {
  const reader = new PhpLayoutReader(options.maxDepth);
  for await (const chunk of chunks) reader.push(chunk);
  const read = reader.end();
  if ('text' in read) return decodePhp(read.text, options);
  return typeResult(read.wire, { ...options, format: 'php' });
}

export function encodePhp(result: Readonly<Record<string, readonly DateGroup<object>[]>>): string {
  const tree: Record<string, PhpValue> = {};
  for (const [type, groups] of Object.entries(result)) {
    const dates: Record<string, PhpValue> = {};
    for (const g of groups) dates[g.date] = g.items.map((item) => toWireValue(item));
    tree[type] = dates;
  }
  return serialize(tree);
}

export function encodePhpError(message: string): string {
  return serialize([{ error: message }]);
}
