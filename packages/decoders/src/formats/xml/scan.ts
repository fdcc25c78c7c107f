// A small, strict XML reader: well-formed XML 1.0 without a DTD (bodies holding one are refused, whole before
// they get here, streamed as soon as a chunk shows one; it knows no entity but the five predefined). Elements, attributes, text, CDATA, comments, processing instructions, the five predefined entities and
// character references. Anything else is a ClickyDecodeError with the offset where it went wrong. It builds a
// plain tree: a leaf element is its text, a branch its children by name; attributes are read only where the
// document reader asks for them. The streaming reader runs it on text that may end early (see `final`).
import { ClickyDecodeError } from '@clicky-sdk/core';
import { NEED_MORE } from '../../codec.ts';
import { hasRepeats, type KeyNode, KeyTree, MAX_TEMPLATE_KEYS, templateOf } from '../../key-tree.ts';
import { ownCopy, SharedStrings } from '../../own-text.ts';

/** A leaf element is its text; a branch is its children by name (repeated names become lists). */
export type XmlNode = string | XmlBranch;
export interface XmlBranch {
  [name: string]: XmlNode | XmlNode[];
}

/** An element's open tag: its name, attributes (by name, no prototype) and whether it closed itself. */
export interface OpenTag {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly selfClosing: boolean;
}

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;
const isNameStart = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c === 58 || c >= 0x80;
const isNameChar = (c: number): boolean => isNameStart(c) || (c >= 48 && c <= 57) || c === 45 || c === 46;

/** A character XML allows (its Char production): a reference to anything else is refused. */
const isXmlChar = (c: number): boolean =>
  c === 9 || c === 10 || c === 13 || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c > 0xffff;

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The attributes of a tag that has none (most of them): one object for all. */
const NO_ATTRS: Readonly<Record<string, string>> = Object.freeze({});

/** Names of children seen before after a sequence, tried where they stand before a name is read whole. */
const TRIED_NAMES = 8;

/** How branches of one sequence of children's names are built (see key-tree.ts). */
interface XmlPlan {
  /** The children's names in order, repeats included. */
  readonly names: readonly string[];
  /** Each name and the positions of its children, when a name repeats (its children become a list). */
  readonly groups: readonly (readonly [string, readonly number[]])[] | undefined;
  /** Undefined for a __proto__ child (which only addChild keeps an own data property) or very many names. */
  readonly template: Readonly<Record<string, null>> | undefined;
}

function planOf(names: string[]): XmlPlan {
  if (names.includes('__proto__') || names.length > MAX_TEMPLATE_KEYS)
    return { names, groups: undefined, template: undefined };
  if (!hasRepeats(names)) return { names, groups: undefined, template: templateOf(names) as Record<string, null> };
  const at = new Map<string, number[]>();
  names.forEach((n, i) => {
    const seen = at.get(n);
    if (seen) seen.push(i);
    else at.set(n, [i]);
  });
  return { names, groups: [...at], template: templateOf([...at.keys()]) as Record<string, null> };
}

export class XmlScanner {
  i = 0;
  /**
   * The sequences of children's names of the branches read so far. A recurring name is matched where it stands
   * and its string reused (no copy, no re-hash), and a recurring sequence is built from a template.
   */
  readonly #keys = new KeyTree<XmlPlan>();
  /** Short values met before: one string each (see SharedStrings). */
  readonly #shared = new SharedStrings();
  /** Children of the branches being read, innermost last; #top is the first free slot. */
  readonly #stack: XmlNode[] = [];
  #top = 0;
  /** Whether the tag read last by #childTag closed itself. */
  #selfClosing = false;

  constructor(
    public s: string,
    readonly maxDepth: number,
    /**
     * Whether `s` runs to the end of the body. When it does not, a failure throws NEED_MORE instead: with more
     * text the same reading may succeed, and a body's errors are only known once it is complete (a DTD anywhere
     * in it is refused ahead of any other error).
     */
    public final = true,
  ) {}

  /** Points the scanner at the start of new text, keeping what it learnt of names and values. */
  resume(s: string, final: boolean): void {
    this.s = s;
    this.i = 0;
    this.final = final;
    this.#top = 0;
  }

  fail(expected: string, at: number = this.i): never {
    if (!this.final) throw NEED_MORE;
    throw new ClickyDecodeError('xml', expected, { offset: at });
  }

  /** Skips white space, comments and processing instructions. */
  skipMisc(): void {
    const s = this.s;
    let i = this.i;
    for (;;) {
      const c = s.charCodeAt(i);
      if (isSpace(c)) i++;
      else if (c === 60 && s.charCodeAt(i + 1) === 33 && s.startsWith('<!--', i)) i = this.#past('-->', i + 4, i);
      else if (c === 60 && s.charCodeAt(i + 1) === 63) i = this.#past('?>', i + 2, i);
      else break;
    }
    this.i = i;
  }

  /** The index just past the next `end` from `from`; fails at `start` when there is none. */
  #past(end: string, from: number, start: number): number {
    const at = this.s.indexOf(end, from);
    if (at === -1) this.fail(`the ${end} closing what starts here`, start);
    return at + end.length;
  }

  /** The declaration, white space, comments and processing instructions before the root element. */
  prolog(): void {
    if (this.s.charCodeAt(0) === 0xfeff) this.i = 1;
    this.skipMisc();
  }

  name(): string {
    const s = this.s;
    const start = this.i;
    if (!isNameStart(s.charCodeAt(start))) this.fail('a name');
    let i = start + 1;
    while (i < s.length && isNameChar(s.charCodeAt(i))) i++;
    this.i = i;
    return s.slice(start, i);
  }

  /** Reads `<name attrs...` up to and including `>` or `/>`. */
  openTag(): OpenTag {
    const s = this.s;
    if (s.charCodeAt(this.i) !== 60) this.fail('an element');
    this.i++;
    const name = this.name();
    let attrs: Record<string, string> | undefined;
    for (;;) {
      const before = this.i;
      while (isSpace(s.charCodeAt(this.i))) this.i++;
      const c = s.charCodeAt(this.i);
      if (c === 62) {
        this.i++;
        return { name, attrs: attrs ?? NO_ATTRS, selfClosing: false };
      }
      if (c === 47 && s.charCodeAt(this.i + 1) === 62) {
        this.i += 2;
        return { name, attrs: attrs ?? NO_ATTRS, selfClosing: true };
      }
      if (this.i === before) this.fail('white space, > or /> in a tag');
      attrs ??= Object.create(null) as Record<string, string>;
      const attr = this.name();
      if (attr in attrs) this.fail(`the attribute ${attr} once`);
      attrs[attr] = this.#attributeValue();
    }
  }

  /** `= "value"` or `= 'value'`, references decoded. */
  #attributeValue(): string {
    const s = this.s;
    while (isSpace(s.charCodeAt(this.i))) this.i++;
    if (s.charCodeAt(this.i) !== 61) this.fail('= after an attribute name');
    this.i++;
    while (isSpace(s.charCodeAt(this.i))) this.i++;
    const quote = s.charCodeAt(this.i);
    if (quote !== 34 && quote !== 39) this.fail('a quoted attribute value');
    const start = this.i + 1;
    const end = s.indexOf(quote === 34 ? '"' : "'", start);
    if (end === -1) this.fail('the closing quote of an attribute value');
    const value = this.#unescape(start, end);
    if (s.slice(start, end).includes('<')) this.fail('no < in an attribute value', start);
    this.i = end + 1;
    return value;
  }

  closeTag(name: string): void {
    const s = this.s;
    if (s.charCodeAt(this.i) !== 60 || s.charCodeAt(this.i + 1) !== 47 || !s.startsWith(name, this.i + 2))
      this.fail(`</${name}>`);
    let i = this.i + 2 + name.length;
    while (isSpace(s.charCodeAt(i))) i++;
    if (s.charCodeAt(i) !== 62) this.fail(`</${name}>`, i);
    this.i = i + 1;
  }

  /** s[start, end) with its references replaced; a malformed or unknown reference is refused. */
  #unescape(start: number, end: number): string {
    // Searches stay inside [start, end): a search past it, once per text, would cost the rest of the body.
    const raw = this.s.slice(start, end);
    let amp = raw.indexOf('&');
    // A copy of its own: a slice would keep the whole body alive for as long as the result holds it.
    if (amp === -1) return this.#shared.share(ownCopy(raw));
    // Pieces joined once make a flat string; appended one by one they would make a rope many times larger.
    const parts: string[] = [];
    let from = 0;
    while (amp !== -1) {
      parts.push(raw.slice(from, amp));
      from = this.#reference(raw, amp, start);
      parts.push(this.#referenced);
      amp = raw.indexOf('&', from);
    }
    parts.push(raw.slice(from));
    return parts.join('');
  }

  /** What the last reference read stands for. */
  #referenced = '';

  /** Reads the reference at `amp` of `raw` into #referenced; returns the index past its `;`. */
  #reference(raw: string, amp: number, base: number): number {
    let i = amp + 1;
    if (raw.charCodeAt(i) === 35 /* # */) {
      const hex = raw.charCodeAt(i + 1) === 120; /* x */
      i += hex ? 2 : 1;
      const digitsStart = i;
      let code = 0;
      for (; i < raw.length; i++) {
        const c = raw.charCodeAt(i);
        const d = c >= 48 && c <= 57 ? c - 48 : hex && (c | 32) >= 97 && (c | 32) <= 102 ? (c | 32) - 87 : -1;
        if (d < 0) break;
        code = Math.min(code * (hex ? 16 : 10) + d, 0x110000);
      }
      if (i === digitsStart || raw.charCodeAt(i) !== 59 || !isXmlChar(code) || code > 0x10ffff)
        this.fail('a character reference like &#233; or &#xE9; to a character XML allows', base + amp);
      this.#referenced = String.fromCodePoint(code);
      return i + 1;
    }
    while (i < raw.length && i - amp <= 5 && raw.charCodeAt(i) !== 59) i++;
    const name = raw.slice(amp + 1, i);
    const named = raw.charCodeAt(i) === 59 && Object.hasOwn(ENTITIES, name) ? ENTITIES[name] : undefined;
    if (named === undefined)
      this.fail('&lt; &gt; &amp; &quot; &apos; or a character reference (no other entity)', base + amp);
    this.#referenced = named;
    return i + 1;
  }

  /** Text content up to the next tag; CDATA sections, comments and processing instructions inside it included. */
  text(): string {
    const s = this.s;
    let out: string | string[] = '';
    for (;;) {
      const lt = s.indexOf('<', this.i);
      if (lt === -1) this.fail('a closing tag');
      const piece = this.#unescape(this.i, lt);
      this.i = lt;
      let next: string | undefined;
      if (s.startsWith('<![CDATA[', lt)) {
        const end = s.indexOf(']]>', lt + 9);
        if (end === -1) this.fail('the ]]> closing a CDATA section', lt);
        next = s.slice(lt + 9, end);
        this.i = end + 3;
      } else if (s.startsWith('<!--', lt)) this.i = this.#past('-->', lt + 4, lt);
      else if (s.charCodeAt(lt + 1) === 63 /* ? */) this.i = this.#past('?>', lt + 2, lt);
      else return typeof out === 'string' ? out + piece : [...out, piece].join('');
      // Text in several pieces (around CDATA, comments): gathered, and joined once at the end.
      if (typeof out === 'string') out = out === '' ? [piece] : [out, piece];
      else out.push(piece);
      if (next !== undefined) out.push(next);
    }
  }

  /** The content of an element whose open tag was just read: a leaf's text or a branch's children. */
  content(name: string, depth: number): XmlNode {
    if (depth > this.maxDepth) this.fail(`nesting no deeper than ${this.maxDepth}`);
    const start = this.i;
    const text = this.text();
    const s = this.s;
    if (s.charCodeAt(this.i + 1) === 47) {
      this.closeTag(name);
      return text;
    }
    // Children follow: the text before them must be only white space (no mixed content).
    if (!isBlank(text) || s.slice(start, this.i).includes('<![CDATA[')) this.#mixed(start);
    const base = this.#top;
    let node = this.#keys.root;
    for (;;) {
      this.skipMisc();
      if (s.charCodeAt(this.i) !== 60) this.#mixed(this.i);
      if (s.charCodeAt(this.i + 1) === 47) {
        this.closeTag(name);
        return this.#branch(node, base);
      }
      node = this.#childTag(node);
      const child = this.#selfClosing ? '' : this.content(node.key, depth + 1);
      this.#stack[this.#top++] = child;
    }
  }

  /**
   * Reads a child's open tag; returns the node of its name after `node`. The names that followed this sequence
   * before are tried first where they stand, for a tag without attributes (the API's children have none).
   */
  #childTag(node: KeyNode<XmlPlan>): KeyNode<XmlPlan> {
    const s = this.s;
    const at = this.i + 1;
    const children = node.children;
    const tries = Math.min(children.length, TRIED_NAMES);
    for (let k = 0; k < tries; k++) {
      const child = children[k] as KeyNode<XmlPlan>;
      const end = at + child.key.length;
      const c = s.charCodeAt(end);
      if ((c === 62 || (c === 47 && s.charCodeAt(end + 1) === 62)) && s.startsWith(child.key, at)) {
        this.#selfClosing = c === 47;
        this.i = c === 62 ? end + 1 : end + 2;
        return child;
      }
    }
    const tag = this.openTag();
    this.#selfClosing = tag.selfClosing;
    // A name kept in the tree is a copy of its own: a slice would keep the text it came from alive.
    return node.child(ownCopy(tag.name));
  }

  #mixed(at: number): never {
    return this.fail('either text or child elements in an element, not both', at);
  }

  /**
   * The branch whose children's names are the sequence of `node`, from the children on the stack from `base`
   * (popped). A sequence seen before is a copy of its template with its own children: copies share V8's fast
   * object layout, where adding many fields one by one leaves an object in dictionary mode.
   */
  #branch(node: KeyNode<XmlPlan>, base: number): XmlBranch {
    const stack = this.#stack;
    const count = node.size;
    node.uses++;
    let plan = node.plan;
    if (plan === undefined && node.uses > 1) {
      plan = planOf(node.keys());
      node.plan = plan;
    }
    this.#top = base;
    const template = plan?.template;
    if (plan !== undefined && template !== undefined) {
      // Every key of the template is filled in just below.
      const branch = { ...template } as unknown as XmlBranch;
      const { names, groups } = plan;
      if (groups === undefined) for (let i = 0; i < count; i++) branch[names[i] as string] = stack[base + i] as XmlNode;
      else
        for (const [key, at] of groups)
          branch[key] =
            at.length === 1 ? (stack[base + (at[0] as number)] as XmlNode) : at.map((i) => stack[base + i] as XmlNode);
      return branch;
    }
    // A sequence seen once, one with a __proto__ child, or one of very many children.
    const names = plan?.names ?? node.keys();
    const branch: XmlBranch = {};
    for (let i = 0; i < count; i++) addChild(branch, names[i] as string, stack[base + i] as XmlNode);
    return branch;
  }

  /** Skips an element whose open tag was just read (one the document does not use), checking it as it goes. */
  skipElement(tag: OpenTag, depth: number): void {
    if (!tag.selfClosing) this.content(tag.name, depth);
  }
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

/** A node that may repeat, as a list. */
export const listOf = (n: XmlNode | XmlNode[]): XmlNode[] => (Array.isArray(n) ? n : [n]);

/** Adds a child under its name; a second child of the same name turns the entry into a list. */
export function addChild(branch: XmlBranch, name: string, child: XmlNode): void {
  if (!Object.hasOwn(branch, name)) {
    if (name === '__proto__')
      Object.defineProperty(branch, name, { value: child, enumerable: true, writable: true, configurable: true });
    else branch[name] = child;
    return;
  }
  const existing = branch[name] as XmlNode | XmlNode[];
  if (Array.isArray(existing)) existing.push(child);
  else branch[name] = [existing, child];
}
