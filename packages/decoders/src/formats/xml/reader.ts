// Reading the XML layout (<response> > <type> > <date> > <item>) as its text arrives: each item is read by the
// scanner once its text is complete, turned into its wire form, and its text dropped; only the unread tail is
// kept. A body whose root is not <response status="ok"> (the API's error, a retired v1/v2 body, something else)
// is read whole at the end. The scanner is told whether its text is the end of the body: until it is, any
// failure means "wait for more", so every error is found by the same reading as a whole body's, at the end,
// after the DTD search (whose refusal comes first in a whole body too) has seen every chunk.
// With a sink (decodeItems), each type, date group and item (a tally's hourly item as its hours) goes to it as
// it is read, and the reader keeps none; an item whole decoding refuses before typing goes to its `reject`.
import { ClickyDecodeError } from '@clicky-sdk/core';
import type { CodecOptions, ItemSink } from '../../codec.ts';
import type { DecodedResult } from '../../result.ts';
import { TailReader } from '../../tail-reader.ts';
import { typeResult, type WireDate, type WireType } from '../../typing/result.ts';
import { DTD_MARK, DTD_MARK_OVERLAP, decodeXml, dtdRefused } from './decode.ts';
import { dateOf, endOfBody, isOkRoot, itemNode, nextChild, typeOf } from './document.ts';
import { addItem, type GroupKind, groupKind } from './items.ts';
import { type XmlNode, XmlScanner } from './scan.ts';

/** Where the reader is: before the root, inside <response>, a <type>, a <date>, or past the root. */
type Frame = 'root' | 'types' | 'dates' | 'items' | 'done';

export class XmlLayoutReader extends TailReader {
  #frame: Frame = 'root';
  /** Set when the root is not <response status="ok">: the body is read whole at the end. */
  #whole = false;
  /** The end of the text searched for a DTD so far, searched again with the next chunk. */
  #seen = '';
  readonly #wire: WireType[] = [];
  /** The type, and the date group, being read. */
  #type = '';
  #kind: GroupKind = groupKind('');
  #where = '';
  #group: WireDate = { date: '', items: [] };
  /** Date groups read in the current type, and item nodes in the current group: the next one's index. */
  #groups = 0;
  #index = 0;
  /** The first error turning an item into its wire form: thrown at the end, after any reading error. */
  #itemError: unknown;
  readonly #options: CodecOptions;
  readonly #sink: ItemSink | undefined;
  readonly #sc: XmlScanner;

  constructor(options: CodecOptions, sink?: ItemSink) {
    super();
    this.#options = options;
    this.#sink = sink;
    this.#sc = new XmlScanner('', options.maxDepth, false);
  }

  override push(chunk: string): void {
    // Searched chunk by chunk, and across each edge with the end of the chunk before: a mark split between
    // chunks is found too. (The ends kept are short, so they are copies, not views into the chunks.)
    const seen = this.#seen;
    if (DTD_MARK.test(chunk) || (seen !== '' && DTD_MARK.test(seen + chunk.slice(0, DTD_MARK_OVERLAP))))
      throw dtdRefused();
    this.#seen =
      chunk.length >= DTD_MARK_OVERLAP
        ? chunk.slice(chunk.length - DTD_MARK_OVERLAP)
        : (seen + chunk).slice(-DTD_MARK_OVERLAP);
    super.push(chunk);
  }

  protected read(text: string, final: boolean): void {
    if (this.#whole) return;
    const sc = this.#sc;
    sc.resume(text, final);
    for (;;) {
      if (this.#frame === 'done') {
        endOfBody(sc);
        this.consumed = sc.i;
        return;
      }
      this.#step(sc);
      if (this.#whole) {
        this.holdRest();
        return;
      }
      this.consumed = sc.i;
    }
  }

  protected finish(rest: string): DecodedResult {
    const sink = this.#sink;
    if (this.#whole) {
      const result = decodeXml(rest, this.#options);
      if (sink === undefined) return result;
      sink.whole(result);
      return {};
    }
    if (this.#itemError !== undefined) throw this.#itemError;
    if (sink !== undefined) return {};
    return typeResult(this.#wire, 'xml', this.#options);
  }

  /** Not reached: a scanner told its text ends the body fails with the error a whole body gets instead. */
  protected endedEarly(): ClickyDecodeError {
    return new ClickyDecodeError('xml', 'a complete body');
  }

  /** Reads one unit (the root's open tag, a layout tag, an item); throws NEED_MORE when its text is not all here. */
  #step(sc: XmlScanner): void {
    switch (this.#frame) {
      case 'root': {
        // Read from the start of the body until the root is known: the errors here name offset 0.
        sc.prolog();
        const root = sc.openTag();
        if (!isOkRoot(root)) this.#whole = true;
        else this.#frame = root.selfClosing ? 'done' : 'types';
        return;
      }
      case 'types': {
        this.#skipMisc(sc);
        const tag = nextChild(sc, 'response', 1, 'type');
        if (tag === null) this.#frame = 'done';
        else if (tag !== undefined) {
          const type = typeOf(sc, tag);
          if (this.#sink === undefined) this.#wire.push({ type, dates: [] });
          else this.#sink.type(type);
          this.#type = type;
          this.#kind = groupKind(type);
          this.#groups = 0;
          if (!tag.selfClosing) this.#frame = 'dates';
        }
        return;
      }
      case 'dates': {
        this.#skipMisc(sc);
        const tag = nextChild(sc, 'type', 2, 'date');
        if (tag === null) this.#frame = 'types';
        else if (tag !== undefined) {
          const date = dateOf(sc, tag, this.#type);
          this.#where = `${this.#type}[${this.#groups++}]`;
          this.#group = { date, items: [] };
          if (this.#sink === undefined) ((this.#wire.at(-1) as WireType).dates as WireDate[]).push(this.#group);
          else this.#sink.group(date);
          this.#index = 0;
          if (!tag.selfClosing) this.#frame = 'items';
        }
        return;
      }
      case 'items': {
        this.#skipMisc(sc);
        const tag = nextChild(sc, 'date', 3, 'item');
        if (tag === null) this.#frame = 'dates';
        else if (tag !== undefined) this.#item(itemNode(sc, tag));
        return;
      }
    }
  }

  /** White space, comments and processing instructions are dropped as soon as they are read. */
  #skipMisc(sc: XmlScanner): void {
    sc.skipMisc();
    this.consumed = sc.i;
  }

  /**
   * An item node read whole: its wire form goes to its date group (typed with the rest at the end, as every
   * reader's items are). The first error is kept for the end, where a whole body's reading errors come first.
   */
  #item(node: XmlNode): void {
    const i = this.#index++;
    const sink = this.#sink;
    if (this.#itemError !== undefined) return;
    try {
      const items = sink === undefined ? this.#group.items : [];
      addItem(items, node, i, this.#kind, this.#group.date, this.#options, this.#where);
      if (sink !== undefined) for (const item of items) sink.item(item);
    } catch (e) {
      if (sink === undefined || !(e instanceof ClickyDecodeError)) this.#itemError = e;
      else sink.reject(e);
    }
  }
}
