// The LayoutReader the JSON, PHP and CSV codecs share: it holds the unread tail of the text, lets the format
// read whole units (items, rows) off its front, and waits when a unit runs past the end of the text.
import { ClickyDecodeError } from '@clicky-sdk/core';
import { type LayoutReader, NEED_MORE } from './codec.ts';
import type { DecodedResult } from './result.ts';

/** The least text a reader waits for before it tries again a unit that ran out of text. */
const MIN_RETRY_CHARS = 4096;

/**
 * A unit that runs out of text is read again only once the tail has doubled (and grown by MIN_RETRY_CHARS), so
 * a long unit arriving in small chunks is re-read a logarithmic number of times: linear time for any chunking.
 */
export abstract class TailReader implements LayoutReader {
  /** The unread tail, as read last. */
  #text = '';
  /** Chunks pushed since: joined once when read, so the text is one flat string and never a long rope. */
  #pending: string[] = [];
  #held = 0;
  #retryAt = 0;
  /** Set by holdRest(): nothing more is read before the end. */
  #holding = false;
  /** Characters read off the front before the current tail: error offsets count from the start of the body. */
  #base = 0;
  /** The most text held at once (the streaming tests read it). */
  maxHeld = 0;
  /** How far `read` got into the text it was given: every unit before this offset is done. */
  protected consumed = 0;

  push(chunk: string): void {
    this.#pending.push(chunk);
    this.#held += chunk.length;
    if (this.#held > this.maxHeld) this.maxHeld = this.#held;
    if (this.#held >= this.#retryAt && !this.#holding) this.#run(false);
  }

  /** From now on the text is only gathered, and read at the end (a body read whole, or the rest after the data). */
  protected holdRest(): void {
    this.#holding = true;
  }

  end(): DecodedResult {
    this.#run(true);
    try {
      return this.finish(this.#text);
    } catch (e) {
      throw this.#located(e);
    }
  }

  /** Decodes a whole body: one read, no waiting. */
  whole(text: string): DecodedResult {
    // A list of one (pushing onto the empty list would allocate room for 17).
    if (this.#pending.length === 0) this.#pending = [text];
    else this.#pending.push(text);
    this.#held += text.length;
    return this.end();
  }

  /**
   * Reads as many whole units of `text` as it holds, setting `consumed` past each one read; throws NEED_MORE
   * when the text ends inside a unit (when `final`, the text is the rest of the body).
   */
  protected abstract read(text: string, final: boolean): void;

  /** The result once the body is complete; `rest` is the text `read` left (all of it, for a body read whole). */
  protected abstract finish(rest: string): DecodedResult;

  /** The error for a body that ends inside a unit. */
  protected abstract endedEarly(): ClickyDecodeError;

  #run(final: boolean): void {
    const pending = this.#pending;
    const text =
      pending.length === 0
        ? this.#text
        : this.#text === '' && pending.length === 1
          ? (pending[0] as string)
          : this.#text + pending.join('');
    this.#text = text;
    this.#pending = [];
    this.consumed = 0;
    this.#retryAt = 0;
    try {
      this.read(text, final);
    } catch (e) {
      if (e !== NEED_MORE) throw this.#located(e);
      if (final) throw this.#located(this.endedEarly());
      const tail = text.length - this.consumed;
      this.#retryAt = tail + Math.max(tail, MIN_RETRY_CHARS);
    }
    if (this.consumed > 0) {
      this.#text = text.slice(this.consumed);
      this.#base += this.consumed;
    }
    this.#held = this.#text.length;
  }

  /** A decode error with its offset counted from the start of the body rather than of the tail. */
  #located(e: unknown): unknown {
    if (!(e instanceof ClickyDecodeError) || e.offset === undefined || this.#base === 0) return e;
    const where: { offset: number; path?: string } = { offset: e.offset + this.#base };
    if (e.path !== undefined) where.path = e.path;
    return new ClickyDecodeError(e.format, e.expected, where);
  }
}
