// Reading the PHP layout as its text arrives, item by item, holding only the unread tail.
import { ClickyDecodeError } from '@clicky-sdk/core';
import { type CodecOptions, NEED_MORE } from '../../codec.ts';
import type { DecodedResult } from '../../result.ts';
import { TailReader } from '../../tail-reader.ts';
import { typeResult } from '../../typing/result.ts';
import { decodePhp } from './decode.ts';
import { PhpCursor } from './unserialize.ts';

const ERROR_KEY = 's:5:"error";';

type Step = 'root' | 'type' | 'date' | 'item' | 'done';

/**
 * Reads the PHP layout as its text arrives: the type and date headers as they come, then items one by one,
 * keeping only the text not yet read. Error bodies and other shapes are read whole at the end.
 */
export class PhpLayoutReader extends TailReader {
  #step: Step = 'root';
  #whole = false;
  #left: number[] = [];
  readonly #wire: { type: string; dates: { date: string; items: unknown[] }[] }[] = [];
  readonly #options: CodecOptions;

  constructor(options: CodecOptions) {
    super();
    this.#options = options;
  }

  protected read(text: string, final: boolean): void {
    if (this.#whole) return;
    const cursor = new PhpCursor(text, this.#options.maxDepth, final);
    while (this.#step !== 'done' && !this.#whole && cursor.i < text.length) {
      this.#advance(cursor);
      if (!this.#whole) this.consumed = cursor.i;
    }
  }

  protected finish(rest: string): DecodedResult {
    if (this.#whole) return decodePhp(rest, this.#options);
    if (this.#step !== 'done' || rest.length > 0)
      throw new ClickyDecodeError('php', 'the end of the body after the data', { offset: 0 });
    return typeResult(this.#wire, 'php', this.#options);
  }

  protected endedEarly(): ClickyDecodeError {
    return new ClickyDecodeError('php', 'the end of the body after the data', { offset: 0 });
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
        if (types > 0 && !c.final && c.s.length - c.i < ERROR_KEY.length) throw NEED_MORE;
        if (types > 0 && (c.nextKeyIsInteger() || c.s.startsWith(ERROR_KEY, c.i))) {
          this.#whole = true;
          c.i = start;
          return;
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
