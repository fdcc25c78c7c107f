// Reading PHP's serialize() format in one pass. Safe by construction: objects (O:, C:), enums (E:) and
// references (r:, R:) are refused, never instantiated; nesting is bounded; a length or count that the remaining
// input cannot hold is refused before anything is allocated. String lengths count UTF-8 bytes, as PHP does.
import { ClickyDecodeError } from '@clicky-sdk/core';
import { clampDepth, NEED_MORE } from '../../codec.ts';
import { hasRepeats, type KeyNode, KeyTree, MAX_TEMPLATE_KEYS, templateOf } from '../../key-tree.ts';
import { setOwn } from '../../own.ts';
import { forgetLastMatch, ownText, SharedStrings } from '../../own-text.ts';

/** A PHP value as plain data: integer-keyed arrays 0..n-1 are lists, other arrays objects. */
export type PhpValue = null | boolean | number | string | PhpValue[] | { [key: string]: PhpValue };

// The shortest element an array can hold is `i:0;N;`.
const MIN_ELEMENT_CHARS = 6;
// Keys that followed a key sequence before, tried where they stand before a key is read whole (see #nextKey).
const TRIED_KEYS = 4;
// The most UTF-8 bytes one UTF-16 unit can stand for (a surrogate pair is 4 bytes for 2 units).
const MAX_BYTES_PER_UNIT = 3;

/** Non-ASCII runs; one pattern for every reader (a literal in the constructor would be a new object each time). */
const WIDE = /[\u0080-\uffff]+/g;
/** The runs of an all-ASCII text (most bodies): shared, and never changed. */
const NO_WIDE: readonly number[] = Object.freeze([]);

/** The runs of non-ASCII characters of `s`, as [start, end) pairs in order. */
function wideRuns(s: string): readonly number[] {
  WIDE.lastIndex = 0;
  let m = WIDE.exec(s);
  if (m === null) return NO_WIDE; // a pattern that matched nothing keeps nothing of `s` (see forgetLastMatch)
  const wide: number[] = [];
  for (; m !== null; m = WIDE.exec(s)) wide.push(m.index, m.index + m[0].length);
  forgetLastMatch();
  return wide;
}

/** How objects of one key sequence are built: from a template of its keys, unless they repeat. */
export interface PhpPlan {
  readonly keys: string[];
  readonly template: { [key: string]: PhpValue } | undefined;
  /** A __proto__ key, which must be set as an own property (see setOwn). */
  readonly proto: boolean;
}

/** A position in serialized PHP text, reading forward; PhpCursor is its exported face for streaming. */
class Reader {
  i = 0;
  depth = 0;
  /** Runs of non-ASCII characters, as [start, end) pairs in order; between them bytes equal characters. */
  readonly wide: readonly number[];
  /** Index into `wide` of the first run that ends after the string being read (reads only move forward). */
  #wideAt = 0;
  /** The key sequences of the objects read so far (kept by a streaming reader from one piece of text to the next). */
  readonly #keys: KeyTree<PhpPlan>;
  /** Short values met before (kept, like the key tree, from one piece of text to the next). */
  readonly #shared: SharedStrings;
  /** Values of the objects being read, innermost last; #top is the first free slot. */
  readonly #stack: PhpValue[] = [];
  #top = 0;

  /**
   * `final`: `s` is the whole rest of the body. When it is not (a streamed body), running out of text throws
   * NEED_MORE instead of failing.
   */
  constructor(
    readonly s: string,
    readonly maxDepth: number,
    readonly final = true,
    keys: KeyTree<PhpPlan> = new KeyTree(),
    shared: SharedStrings = new SharedStrings(),
  ) {
    this.#keys = keys;
    this.#shared = shared;
    this.wide = wideRuns(s);
  }

  /** True when s[start, end) is all ASCII. */
  asciiRun(start: number, end: number): boolean {
    const wide = this.wide;
    let k = this.#wideAt;
    while (k < wide.length && (wide[k + 1] as number) <= start) k += 2;
    this.#wideAt = k;
    return k >= wide.length || (wide[k] as number) >= end;
  }

  /**
   * Reads the string key `expected` if it is next (written s:LEN:"KEY";), returning true. Reusing the string
   * an earlier object already holds saves copying and re-hashing the same key for every item.
   */
  matchKey(expected: string): boolean {
    const s = this.s;
    const at = this.i;
    const len = expected.length;
    const digits = len < 10 ? 1 : len < 100 ? 2 : String(len).length;
    const open = at + 2 + digits;
    if (
      s.charCodeAt(at) === 115 &&
      s.charCodeAt(at + 1) === 58 &&
      s.charCodeAt(open) === 58 &&
      s.charCodeAt(open + 1) === 34 &&
      s.charCodeAt(open + 2 + len) === 34 &&
      s.charCodeAt(open + 3 + len) === 59 &&
      (digits === 1 ? s.charCodeAt(at + 2) === 48 + len : s.startsWith(String(len), at + 2)) &&
      s.startsWith(expected, open + 2) &&
      this.asciiRun(open + 2, open + 2 + len)
    ) {
      this.i = open + 4 + len;
      return true;
    }
    return false;
  }

  /**
   * Fails at `offset`; or, when `probe` (the furthest character the failed check looked at) is past the end of
   * a text that is not final, asks for more.
   */
  fail(expected: string, offset: number, probe = -1): never {
    if (!this.final && probe >= this.s.length) throw NEED_MORE;
    throw new ClickyDecodeError('php', expected, { offset });
  }

  expect(code: number, what: string): void {
    if (this.s.charCodeAt(this.i) !== code) this.fail(what, this.i, this.i);
    this.i++;
  }

  /**
   * An integer value or key ending in `;`: a number while exact, beyond ±2^53 its digits as written (PHP's
   * integers have 64 bits; a JavaScript number would round them).
   */
  exactInteger(what: string): number | string {
    const s = this.s;
    const start = this.i;
    let i = start;
    if (s.charCodeAt(i) === 45) i++;
    const digitsStart = i;
    let n = 0;
    for (let c = s.charCodeAt(i); c >= 48 && c <= 57; c = s.charCodeAt(++i)) n = n * 10 + (c - 48);
    const digits = i - digitsStart;
    if (digits === 0 || s.charCodeAt(i) !== 59) this.fail(what, start, i);
    this.i = i + 1;
    const negative = s.charCodeAt(start) === 45 && n !== 0;
    if (digits <= 15) return negative ? -n : n;
    const text = ownText(s, start, i);
    const exact = Number(text);
    return Number.isSafeInteger(exact) ? exact + 0 : text;
  }

  /** A length or count: digits (with an optional leading -) up to `end`, at most 18 and within ±2^53. */
  integer(end: number, what: string): number {
    const s = this.s;
    const start = this.i;
    let i = start;
    if (s.charCodeAt(i) === 45) i++;
    const digitsStart = i;
    let n = 0;
    for (let c = s.charCodeAt(i); c >= 48 && c <= 57; c = s.charCodeAt(++i)) n = n * 10 + (c - 48);
    const digits = i - digitsStart;
    if (digits === 0 || digits > 18 || s.charCodeAt(i) !== end) this.fail(what, start, digits > 18 ? -1 : i);
    // Up to 15 digits the running sum is exact; longer ones are converted from text and checked.
    if (digits > 15) n = Math.abs(Number(s.slice(digitsStart, i)));
    if (!Number.isSafeInteger(n)) this.fail(`${what} within ±2^53`, start);
    this.i = i + 1;
    return s.charCodeAt(start) === 45 && n !== 0 ? -n : n;
  }

  value(): PhpValue {
    const s = this.s;
    const at = this.i;
    const tag = s.charCodeAt(at);
    if (s.charCodeAt(at + 1) !== 58 /* : */ && tag !== 78 /* N */) this.fail('a value tag followed by :', at, at + 1);
    switch (tag) {
      case 115 /* s */:
        return this.string();
      case 105 /* i */:
        this.i += 2;
        return this.exactInteger('an integer ending in ;');
      case 100 /* d */:
        return this.float();
      case 98 /* b */:
        {
          const c = s.charCodeAt(at + 2);
          if ((c !== 48 && c !== 49) || s.charCodeAt(at + 3) !== 59) this.fail('b:0; or b:1;', at, at + 3);
          this.i = at + 4;
          return c === 49;
        }
      case 78 /* N */:
        if (s.charCodeAt(at + 1) !== 59) this.fail('N;', at, at + 1);
        this.i = at + 2;
        return null;
      case 97 /* a */:
        return this.array();
      case 79 /* O */:
      case 67 /* C */:
        return this.fail('plain data; PHP objects are refused', at);
      case 69 /* E */:
        return this.fail('plain data; PHP enums are refused', at);
      case 114 /* r */:
      case 82 /* R */:
        return this.fail('plain data; PHP references are refused', at);
      default:
        return this.fail('a PHP value (s, i, d, b, N or a)', at);
    }
  }

  string(): string {
    const s = this.s;
    const at = this.i;
    this.i += 2;
    const bytes = this.integer(58, 'a string length followed by :');
    this.expect(34, 'the opening " of a string');
    const start = this.i;
    const remaining = s.length - start;
    let end: number;
    if (bytes <= remaining && this.asciiRun(start, start + bytes)) {
      end = start + bytes;
    } else if (this.wide.length === 0) {
      return this.fail(`a string of ${bytes} bytes, but only ${remaining} remain`, at, s.length);
    } else {
      if (bytes > remaining * MAX_BYTES_PER_UNIT)
        this.fail(`a string of ${bytes} bytes, but fewer remain`, at, s.length);
      end = start;
      let counted = 0;
      while (counted < bytes) {
        if (end >= s.length) this.fail(`a string of ${bytes} bytes, but the body ends first`, at, end);
        const c = s.charCodeAt(end);
        if (c < 0x80) counted += 1;
        else if (c < 0x800) counted += 2;
        else if (c >= 0xd800 && c <= 0xdbff && end + 1 < s.length && (s.charCodeAt(end + 1) & 0xfc00) === 0xdc00) {
          counted += 4;
          end++;
        } else counted += 3;
        end++;
      }
      if (counted !== bytes) this.fail(`a string length of ${bytes} bytes that ends between characters`, at);
    }
    if (s.charCodeAt(end) !== 34 || s.charCodeAt(end + 1) !== 59) this.fail('the closing "; of a string', end, end + 1);
    this.i = end + 2;
    return this.#shared.share(ownText(s, start, end));
  }

  float(): number {
    const s = this.s;
    const at = this.i;
    const end = s.indexOf(';', at + 2);
    if (end === -1 || end - at > 40)
      this.fail('a float ending in ;', at, end === -1 && s.length - at <= 40 ? s.length : -1);
    // Its own copy: the pattern below would keep a view into the body alive (see forgetLastMatch).
    const text = ownText(s, at + 2, end);
    let n: number;
    if (text === 'INF') n = Infinity;
    else if (text === '-INF') n = -Infinity;
    else if (text === 'NAN') n = Number.NaN;
    else if (/^-?\d+(?:\.\d+)?(?:E[-+]?\d+)?$/i.test(text)) n = Number(text);
    else return this.fail('a float', at);
    this.i = end + 1;
    return n;
  }

  array(): PhpValue[] | { [key: string]: PhpValue } {
    const s = this.s;
    const at = this.i;
    this.i += 2;
    const count = this.integer(58, 'an element count followed by :');
    if (count < 0 || count > (s.length - this.i) / MIN_ELEMENT_CHARS)
      this.fail(`room for ${count} elements`, at, count < 0 ? -1 : s.length);
    this.expect(123, 'the { of an array');
    if (++this.depth > this.maxDepth) this.fail(`nesting no deeper than ${this.maxDepth}`, at);
    const result = count === 0 ? [] : this.elements(count);
    this.expect(125, 'the } closing an array');
    this.depth--;
    return result;
  }

  /** A key: an integer, or a string. */
  readKey(): string | number {
    const s = this.s;
    const keyAt = this.i;
    const tag = s.charCodeAt(keyAt);
    if (tag === 105 /* i */ && s.charCodeAt(keyAt + 1) === 58) {
      this.i += 2;
      return this.exactInteger('an integer key ending in ;');
    }
    if (tag === 115 /* s */ && s.charCodeAt(keyAt + 1) === 58) return this.string();
    return this.fail('an integer or string key', keyAt, keyAt + 1);
  }

  /**
   * The elements of a non-empty array. Keys 0, 1, 2... make a list; anything else an object, built from its key
   * sequence's template (see key-tree.ts) once the sequence recurs.
   */
  elements(count: number): PhpValue[] | { [key: string]: PhpValue } {
    const base = this.#top;
    if (this.s.charCodeAt(this.i) !== 105 /* i */) return this.#members(this.#keys.root, 0, count, base);
    const first = this.readKey();
    if (first !== 0) {
      const node = this.#keys.root.child(String(first));
      this.#push(this.value());
      return this.#members(node, 1, count, base);
    }
    const list: PhpValue[] = [this.value()];
    for (let n = 1; n < count; n++) {
      const key = this.readKey();
      const value = this.value();
      if (key === n) {
        list.push(value);
        continue;
      }
      // Not a list after all: the members so far, then the rest, as an object.
      let node = this.#keys.root;
      for (let k = 0; k < n; k++) {
        node = node.child(String(k));
        this.#push(list[k] as PhpValue);
      }
      node = node.child(String(key));
      this.#push(value);
      return this.#members(node, n + 1, count, base);
    }
    return list;
  }

  #push(value: PhpValue): void {
    this.#stack[this.#top++] = value;
  }

  /** The members of an object from the `n`th on (those before are on the stack from `base`), and the object. */
  #members(node: KeyNode<PhpPlan>, n: number, count: number, base: number): { [key: string]: PhpValue } {
    for (; n < count; n++) {
      node = this.#nextKey(node);
      const value = this.value();
      this.#stack[this.#top++] = value;
    }
    return this.#build(node, base, count);
  }

  /**
   * The node of the next key. The keys that followed this sequence before are tried first where they stand in
   * the text, so a recurring key costs no string; any other key is read and looked up.
   */
  #nextKey(node: KeyNode<PhpPlan>): KeyNode<PhpPlan> {
    const children = node.children;
    const tries = Math.min(children.length, TRIED_KEYS);
    for (let k = 0; k < tries; k++) {
      const child = children[k] as KeyNode<PhpPlan>;
      if (this.matchKey(child.key)) return child;
    }
    return node.child(String(this.readKey()));
  }

  /** The object of a key sequence from its values on the stack; the stack is popped back to `base`. */
  #build(node: KeyNode<PhpPlan>, base: number, count: number): { [key: string]: PhpValue } {
    const stack = this.#stack;
    node.uses++;
    let plan = node.plan;
    if (plan === undefined && node.uses > 1) {
      const keys = node.keys();
      const shaped = keys.length <= MAX_TEMPLATE_KEYS && !hasRepeats(keys);
      const template = shaped ? (templateOf(keys) as { [key: string]: PhpValue }) : undefined;
      plan = { keys, template, proto: keys.includes('__proto__') };
      node.plan = plan;
    }
    this.#top = base;
    const template = plan?.template;
    if (template !== undefined && plan !== undefined && !plan.proto) {
      const keys = plan.keys;
      const out = { ...template } as { [key: string]: PhpValue };
      for (let i = 0; i < count; i++) out[keys[i] as string] = stack[base + i] as PhpValue;
      return out;
    }
    // Repeated keys (the last one wins, as in PHP), a __proto__ key, or a sequence seen once.
    const keys = plan?.keys ?? node.keys();
    const out: { [key: string]: PhpValue } = template === undefined ? {} : { ...template };
    for (let i = 0; i < count; i++) setOwn(out, keys[i] as string, stack[base + i] as PhpValue);
    return out;
  }
}

/**
 * Reads serialized PHP piece by piece, for decoders that walk a known layout as text arrives: array headers
 * (without the room check, since the elements may not have arrived yet), keys, and whole values.
 */
export class PhpCursor extends Reader {
  /** `a:N:{` of an array whose elements are read one by one; returns N. */
  arrayHeader(): number {
    const at = this.i;
    if (this.s.charCodeAt(at) !== 97 || this.s.charCodeAt(at + 1) !== 58) this.fail('an array (a:N:{)', at, at + 1);
    this.i += 2;
    const count = this.integer(58, 'an element count followed by :');
    if (count < 0) this.fail('a non-negative element count', at);
    this.expect(123, 'the { of an array');
    return count;
  }

  /** The `}` that closes an array read with arrayHeader(). */
  arrayEnd(): void {
    this.expect(125, 'the } closing an array');
  }

  /** An integer or string key. */
  key(): string | number {
    return this.readKey();
  }

  /** True when the next key is `i:...` (a list) rather than `s:...` (a map). */
  nextKeyIsInteger(): boolean {
    return this.s.charCodeAt(this.i) === 105;
  }

  /** True when the next value is an array (`a:`). */
  nextIsArray(): boolean {
    if (!this.final && this.i + 1 >= this.s.length) throw NEED_MORE;
    return this.s.charCodeAt(this.i) === 97 && this.s.charCodeAt(this.i + 1) === 58;
  }
}

/** Reads one serialized value that must fill the whole body. */
export function unserialize(body: string, maxDepth?: number): PhpValue {
  const reader = new Reader(body, clampDepth(maxDepth));
  try {
    const value = reader.value();
    if (reader.i !== body.length) reader.fail('the end of the body after one value', reader.i);
    return value;
  } catch (e) {
    // Written out now, the stack no longer holds the reader (see settled() in decoder.ts).
    if (e instanceof Error) void e.stack;
    throw e;
  }
}
