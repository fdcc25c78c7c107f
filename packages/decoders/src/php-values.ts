// PHP's serialize() format, read in one pass and written back. Safe by construction: objects (O:, C:), enums
// (E:) and references (r:, R:) are refused, never instantiated; nesting is bounded; a length or count that
// the remaining input cannot hold is refused before anything is allocated. String lengths count UTF-8 bytes,
// as PHP does, not UTF-16 units.
import { ClickyDecodeError } from '@clicky-sdk/core';
import { setOwn } from './result.ts';

export type PhpValue = null | boolean | number | string | PhpValue[] | { [key: string]: PhpValue };

const fail = (expected: string, offset: number): never => {
  throw new ClickyDecodeError('php', expected, { offset });
};

// The shortest element an array can hold is `i:0;N;`.
const MIN_ELEMENT_CHARS = 6;
// The most UTF-8 bytes one UTF-16 unit can stand for (a surrogate pair is 4 bytes for 2 units).
const MAX_BYTES_PER_UNIT = 3;

class Reader {
  i = 0;
  depth = 0;
  /** Positions of the non-ASCII characters, in order; strings between them have as many bytes as characters. */
  readonly wide: readonly number[];
  /** Index into `wide` of the first position at or after the string being read (reads only move forward). */
  #wideAt = 0;
  /** The keys read last at each depth: the next object usually repeats them, and reusing one saves a copy. */
  readonly #keys: string[][] = [];
  /** The last object shape built at each depth, and a fast-layout template of it. */
  readonly #templates: ({ keys: string[]; template: { [key: string]: PhpValue } } | undefined)[] = [];

  constructor(
    readonly s: string,
    readonly maxDepth: number,
  ) {
    const wide: number[] = [];
    const re = /[^\x00-\x7f]/g;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) wide.push(m.index);
    this.wide = wide;
  }

  /** True when s[start, end) is all ASCII. */
  asciiRun(start: number, end: number): boolean {
    const wide = this.wide;
    let k = this.#wideAt;
    while (k < wide.length && (wide[k] as number) < start) k++;
    this.#wideAt = k;
    return k >= wide.length || (wide[k] as number) >= end;
  }

  /** A string key, reusing the string read at the same place in the previous object when the text matches. */
  key(slot: number): string {
    const s = this.s;
    const at = this.i;
    const keys = (this.#keys[this.depth] ??= []);
    const last = keys[slot];
    if (last !== undefined) {
      const lenText = String(last.length);
      const open = at + 2 + lenText.length;
      // s:LEN:"KEY"; written the same way as last time, and ASCII (so bytes equal characters)
      if (
        s.charCodeAt(at) === 115 &&
        s.startsWith(lenText, at + 2) &&
        s.charCodeAt(open) === 58 &&
        s.charCodeAt(open + 1) === 34 &&
        s.startsWith(last, open + 2) &&
        s.charCodeAt(open + 2 + last.length) === 34 &&
        s.charCodeAt(open + 3 + last.length) === 59 &&
        this.asciiRun(open + 2, open + 2 + last.length)
      ) {
        this.i = open + 4 + last.length;
        return last;
      }
    }
    const key = this.string();
    keys[slot] = key;
    return key;
  }

  expect(code: number, what: string): void {
    if (this.s.charCodeAt(this.i) !== code) fail(what, this.i);
    this.i++;
  }

  /** Digits (with an optional leading -) up to `end`; at most 18 digits so the value stays exact. */
  integer(end: number, what: string): number {
    const s = this.s;
    const start = this.i;
    let i = start;
    if (s.charCodeAt(i) === 45) i++;
    const digitsStart = i;
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === digitsStart || i - digitsStart > 18 || s.charCodeAt(i) !== end) fail(what, start);
    const n = Number(s.slice(start, i));
    if (!Number.isSafeInteger(n)) fail(`${what} within ±2^53`, start);
    this.i = i + 1;
    return n;
  }

  /**
   * An object from its keys and values. Objects of one shape usually follow each other (the items of a list),
   * so the first of a shape becomes a template and the next ones are copies of it with their own values: the
   * copies share V8's fast object layout, where a loop of keyed stores would leave many-field objects in slow
   * dictionary mode.
   */
  object(keys: string[], values: PhpValue[]): { [key: string]: PhpValue } {
    const cached = this.#templates[this.depth];
    let template: { [key: string]: PhpValue } | undefined;
    if (cached !== undefined && cached.keys.length === keys.length && cached.keys.every((k, i) => k === keys[i])) template = cached.template;
    else if (new Set(keys).size === keys.length) {
      template = Object.fromEntries(keys.map((k) => [k, null]));
      this.#templates[this.depth] = { keys, template };
    }
    if (template === undefined) {
      // Repeated keys: the last one wins, as in PHP.
      const out: { [key: string]: PhpValue } = {};
      keys.forEach((k, i) => setOwn(out, k, values[i] as PhpValue));
      return out;
    }
    const out = { ...template };
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i] as string;
      if (k === '__proto__') setOwn(out, k, values[i] as PhpValue);
      else out[k] = values[i] as PhpValue;
    }
    return out;
  }

  value(): PhpValue {
    const s = this.s;
    const at = this.i;
    const tag = s.charCodeAt(at);
    if (s.charCodeAt(at + 1) !== 58 /* : */ && tag !== 78 /* N */) fail('a value tag followed by :', at);
    switch (tag) {
      case 115 /* s */:
        return this.string();
      case 105 /* i */:
        this.i += 2;
        return this.integer(59, 'an integer ending in ;');
      case 100 /* d */:
        return this.float();
      case 98 /* b */: {
        const c = s.charCodeAt(at + 2);
        if ((c !== 48 && c !== 49) || s.charCodeAt(at + 3) !== 59) fail('b:0; or b:1;', at);
        this.i = at + 4;
        return c === 49;
      }
      case 78 /* N */:
        if (s.charCodeAt(at + 1) !== 59) fail('N;', at);
        this.i = at + 2;
        return null;
      case 97 /* a */:
        return this.array();
      case 79 /* O */:
      case 67 /* C */:
        return fail('plain data; PHP objects are refused', at);
      case 69 /* E */:
        return fail('plain data; PHP enums are refused', at);
      case 114 /* r */:
      case 82 /* R */:
        return fail('plain data; PHP references are refused', at);
      default:
        return fail('a PHP value (s, i, d, b, N or a)', at);
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
      return fail(`a string of ${bytes} bytes, but only ${remaining} remain`, at);
    } else {
      if (bytes > remaining * MAX_BYTES_PER_UNIT) fail(`a string of ${bytes} bytes, but fewer remain`, at);
      end = start;
      let counted = 0;
      while (counted < bytes) {
        if (end >= s.length) fail(`a string of ${bytes} bytes, but the body ends first`, at);
        const c = s.charCodeAt(end);
        if (c < 0x80) counted += 1;
        else if (c < 0x800) counted += 2;
        else if (c >= 0xd800 && c <= 0xdbff && end + 1 < s.length && (s.charCodeAt(end + 1) & 0xfc00) === 0xdc00) {
          counted += 4;
          end++;
        } else counted += 3;
        end++;
      }
      if (counted !== bytes) fail(`a string length of ${bytes} bytes that ends between characters`, at);
    }
    if (s.charCodeAt(end) !== 34 || s.charCodeAt(end + 1) !== 59) fail('the closing "; of a string', end);
    this.i = end + 2;
    return s.slice(start, end);
  }

  float(): number {
    const s = this.s;
    const at = this.i;
    const end = s.indexOf(';', at + 2);
    if (end === -1 || end - at > 40) fail('a float ending in ;', at);
    const text = s.slice(at + 2, end);
    let n: number;
    if (text === 'INF') n = Infinity;
    else if (text === '-INF') n = -Infinity;
    else if (text === 'NAN') n = Number.NaN;
    else if (/^-?\d+(?:\.\d+)?(?:E[-+]?\d+)?$/i.test(text)) n = Number(text);
    else return fail('a float', at);
    this.i = end + 1;
    return n;
  }

  array(): PhpValue[] | { [key: string]: PhpValue } {
    const s = this.s;
    const at = this.i;
    this.i += 2;
    const count = this.integer(58, 'an element count followed by :');
    if (count < 0 || count > (s.length - this.i) / MIN_ELEMENT_CHARS) fail(`room for ${count} elements`, at);
    this.expect(123, 'the { of an array');
    if (++this.depth > this.maxDepth) fail(`nesting no deeper than ${this.maxDepth}`, at);
    // Read as a list while the keys run 0, 1, 2...; at the first key that does not, read key-value pairs.
    let list: PhpValue[] | undefined = [];
    let keys: string[] | undefined;
    let values: PhpValue[] | undefined;
    for (let n = 0; n < count; n++) {
      const keyAt = this.i;
      const tag = s.charCodeAt(keyAt);
      let key: string | number;
      if (tag === 105 /* i */ && s.charCodeAt(keyAt + 1) === 58) {
        this.i += 2;
        key = this.integer(59, 'an integer key ending in ;');
      } else if (tag === 115 /* s */ && s.charCodeAt(keyAt + 1) === 58) key = this.key(n);
      else return fail('an integer or string key', keyAt);
      const value = this.value();
      if (list !== undefined && key === n) {
        list.push(value);
        continue;
      }
      if (list !== undefined) {
        keys = list.map((_, idx) => String(idx));
        values = list;
        list = undefined;
      }
      (keys as string[]).push(String(key));
      (values as PhpValue[]).push(value);
    }
    this.expect(125, 'the } closing an array');
    this.depth--;
    return list ?? this.object(keys as string[], values as PhpValue[]);
  }
}

const NON_ASCII = /[^\x00-\x7f]/;

/** Reads one serialized value that must fill the whole body. */
export function unserialize(body: string, maxDepth = 64): PhpValue {
  const reader = new Reader(body, maxDepth);
  const value = reader.value();
  if (reader.i !== body.length) fail('the end of the body after one value', reader.i);
  return value;
}

const encoder = new TextEncoder();

function utf8Length(s: string): number {
  // Fast path for ASCII, which is most of what the API sends.
  return NON_ASCII.test(s) ? encoder.encode(s).length : s.length;
}

/** PHP's serialize() of plain data: lists become integer-keyed arrays, objects string-keyed ones. */
export function serialize(value: PhpValue): string {
  if (value === null) return 'N;';
  if (typeof value === 'boolean') return value ? 'b:1;' : 'b:0;';
  if (typeof value === 'number') {
    if (Number.isInteger(value) && Number.isSafeInteger(value)) return `i:${value};`;
    return `d:${Number.isNaN(value) ? 'NAN' : value === Infinity ? 'INF' : value === -Infinity ? '-INF' : String(value)};`;
  }
  if (typeof value === 'string') return `s:${utf8Length(value)}:"${value}";`;
  const parts: string[] = [];
  if (Array.isArray(value)) {
    value.forEach((v, i) => parts.push(`i:${i};${serialize(v)}`));
    return `a:${value.length}:{${parts.join('')}}`;
  }
  const keys = Object.keys(value);
  for (const k of keys) {
    // PHP turns numeric-string keys into integer keys; so do we, to write what PHP would.
    const key = /^(?:0|-?[1-9]\d{0,17})$/.test(k) && Number.isSafeInteger(Number(k)) ? `i:${k};` : serialize(k);
    parts.push(`${key}${serialize(value[k] as PhpValue)}`);
  }
  return `a:${keys.length}:{${parts.join('')}}`;
}
