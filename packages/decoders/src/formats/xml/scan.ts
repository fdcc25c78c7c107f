// A small, strict XML reader for the documents the API sends: elements, attributes, text, CDATA, the five
// named entities and character references, comments and the declaration. It builds the same node tree as
// fast-xml-parser with the options in fallback.ts, several times faster. Anything outside that subset
// (a DTD, a processing instruction in the body, mixed content, a malformed tag) makes it give up and return
// undefined, and the caller falls back to fast-xml-parser, which then decides.

/** A leaf element is its text; a branch is its children by name (repeated names become lists). */
export type XmlNode = string | XmlBranch;
export interface XmlBranch {
  [name: string]: XmlNode | XmlNode[];
}

/** An element's attributes, kept apart from its children: only the API's wrapper elements carry any. */
export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
}

const GIVE_UP = Symbol('give up');

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function isNameChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 95 ||
    c === 45 ||
    c === 46 ||
    c >= 0x80
  );
}

export class XmlScanner {
  i = 0;
  /** Element names seen last at each depth and child position: the next item repeats them, and reusing the string saves a copy and a re-hash. */
  readonly #names: string[][] = [];

  constructor(
    readonly s: string,
    readonly maxDepth: number,
  ) {}

  giveUp(): never {
    throw GIVE_UP;
  }

  skipSpace(): void {
    const s = this.s;
    let i = this.i;
    for (;;) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else if (c === 60 && s.startsWith('<!--', i)) {
        const end = s.indexOf('-->', i + 4);
        if (end === -1) this.giveUp();
        i = end + 3;
      } else break;
    }
    this.i = i;
  }

  /** Skips the declaration, space and comments before the root element. */
  prolog(): void {
    if (this.s.charCodeAt(0) === 0xfeff) this.i = 1;
    this.skipSpace();
    if (this.s.startsWith('<?xml', this.i)) {
      const end = this.s.indexOf('?>', this.i);
      if (end === -1) this.giveUp();
      this.i = end + 2;
    }
    this.skipSpace();
  }

  name(): string {
    const s = this.s;
    const start = this.i;
    let i = start;
    while (i < s.length && isNameChar(s.charCodeAt(i))) i++;
    if (i === start || s.charCodeAt(start) === 45 || (s.charCodeAt(start) >= 48 && s.charCodeAt(start) <= 57))
      this.giveUp();
    this.i = i;
    return s.slice(start, i);
  }

  /** Reads `<name attrs...` up to and including `>` or `/>`; returns the element and whether it self-closed. */
  openTag(depth = -1, slot = 0): { element: XmlElement; selfClosing: boolean } {
    const s = this.s;
    if (s.charCodeAt(this.i) !== 60) this.giveUp();
    this.i++;
    let name: string;
    const names = depth >= 0 ? (this.#names[depth] ?? []) : undefined;
    if (names) this.#names[depth] = names;
    const last = names?.[slot];
    if (last !== undefined && s.startsWith(last, this.i) && !isNameChar(s.charCodeAt(this.i + last.length))) {
      name = last;
      this.i += last.length;
    } else {
      name = this.name();
      if (names) names[slot] = name;
    }
    let attrs: Record<string, string> | undefined;
    for (;;) {
      const before = this.i;
      this.skipSpace();
      const c = s.charCodeAt(this.i);
      if (c === 62) {
        this.i++;
        return { element: { name, attrs: attrs ?? {} }, selfClosing: false };
      }
      if (c === 47 && s.charCodeAt(this.i + 1) === 62) {
        this.i += 2;
        return { element: { name, attrs: attrs ?? {} }, selfClosing: true };
      }
      if (this.i === before) this.giveUp(); // attributes need space before them
      const attr = this.name();
      if (s.charCodeAt(this.i) !== 61) this.giveUp();
      const quote = s.charCodeAt(this.i + 1);
      if (quote !== 34 && quote !== 39) this.giveUp();
      const end = s.indexOf(quote === 34 ? '"' : "'", this.i + 2);
      if (end === -1) this.giveUp();
      const raw = s.slice(this.i + 2, end);
      if (raw.includes('<')) this.giveUp();
      attrs ??= {};
      if (attr === '__proto__' || Object.hasOwn(attrs, attr)) this.giveUp();
      attrs[attr] = this.unescape(raw);
      this.i = end + 1;
    }
  }

  closeTag(name: string): void {
    const s = this.s;
    if (s.charCodeAt(this.i) !== 60 || s.charCodeAt(this.i + 1) !== 47 || !s.startsWith(name, this.i + 2))
      this.giveUp();
    let i = this.i + 2 + name.length;
    while (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 10 || s.charCodeAt(i) === 13 || s.charCodeAt(i) === 9) i++;
    if (s.charCodeAt(i) !== 62) this.giveUp();
    this.i = i + 1;
  }

  unescape(raw: string): string {
    if (!raw.includes('&')) return raw;
    return raw.replace(/&([^;]{0,10});/g, (_m, ref: string) => {
      if (ref.charCodeAt(0) === 35) {
        const code = ref.charCodeAt(1) === 120 ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
        if (!Number.isInteger(code) || code < 1 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) this.giveUp();
        return String.fromCodePoint(code);
      }
      const named = ENTITIES[ref];
      return named ?? this.giveUp();
    });
  }

  /** Text content up to the next tag, CDATA sections included; gives up on a stray & or >. */
  text(): string {
    const s = this.s;
    let out = '';
    for (;;) {
      const lt = s.indexOf('<', this.i);
      if (lt === -1) this.giveUp();
      const raw = s.slice(this.i, lt);
      if (raw.includes('&')) {
        out += this.unescape(raw);
        if (/&(?![^;]{0,10};)/.test(raw)) this.giveUp();
      } else out += raw;
      this.i = lt;
      if (s.startsWith('<![CDATA[', lt)) {
        const end = s.indexOf(']]>', lt + 9);
        if (end === -1) this.giveUp();
        out += s.slice(lt + 9, end);
        this.i = end + 3;
        continue;
      }
      if (s.startsWith('<!--', lt)) {
        const end = s.indexOf('-->', lt + 4);
        if (end === -1) this.giveUp();
        this.i = end + 3;
        continue;
      }
      return out;
    }
  }

  /** The content of an element whose open tag was just read: a leaf's text or a branch's children. */
  content(name: string, depth: number): XmlNode {
    if (depth > this.maxDepth) this.giveUp();
    const start = this.i;
    const text = this.text();
    const s = this.s;
    if (s.charCodeAt(this.i + 1) === 47) {
      this.closeTag(name);
      return text;
    }
    // Children follow: the text before them must be only white space (no mixed content).
    if (!/^\s*$/.test(text) || s.slice(start, this.i).includes('<![CDATA[')) this.giveUp();
    const names: string[] = [];
    const nodes: XmlNode[] = [];
    for (let slot = 0; ; slot++) {
      this.skipSpace();
      if (s.charCodeAt(this.i + 1) === 47) {
        this.closeTag(name);
        return this.#branch(depth, names, nodes);
      }
      const { element, selfClosing } = this.openTag(depth, slot);
      if (Object.keys(element.attrs).length > 0) this.giveUp();
      names.push(element.name);
      nodes.push(selfClosing ? '' : this.content(element.name, depth + 1));
    }
  }

  /** Branch shapes built last at each depth (a few: an item's first_visit, goals and custom share one). */
  readonly #shapes: BranchShape[][] = [];

  /**
   * A branch from its children's names and nodes. Branches of one shape usually follow each other (the items
   * of a list), so each shape gets a template, and branches are copies of it with their own children: copies
   * share V8's fast object layout, where adding many fields one by one leaves an object in dictionary mode.
   */
  #branch(depth: number, names: readonly string[], nodes: readonly XmlNode[]): XmlBranch {
    const shapes = this.#shapes[depth] ?? [];
    this.#shapes[depth] = shapes;
    let shape = shapes.find((sh) => sh.names.length === names.length && sh.names.every((n, i) => n === names[i]));
    if (shape === undefined) {
      const plan = new Map<string, number[]>();
      names.forEach((n, i) => {
        const at = plan.get(n);
        if (at) at.push(i);
        else plan.set(n, [i]);
      });
      if (plan.has('__proto__')) {
        // Never a template: __proto__ must stay an own data property, which only addChild guarantees.
        const branch: XmlBranch = {};
        names.forEach((n, i) => {
          addChild(branch, n, nodes[i] as XmlNode);
        });
        return branch;
      }
      shape = {
        names: [...names],
        plan: [...plan],
        template: Object.fromEntries([...plan.keys()].map((k) => [k, null])),
      };
      if (shapes.length >= 4) shapes.shift();
      shapes.push(shape);
    }
    // Every key of the template is filled in just below.
    const branch = { ...shape.template } as unknown as XmlBranch;
    for (const [key, at] of shape.plan)
      branch[key] = at.length === 1 ? (nodes[at[0] as number] as XmlNode) : at.map((i) => nodes[i] as XmlNode);
    return branch;
  }
}

interface BranchShape {
  /** The children's names in order, repeats included. */
  readonly names: readonly string[];
  /** Each key and the positions of its children (several for a repeated element, which becomes a list). */
  readonly plan: readonly (readonly [string, number[]])[];
  readonly template: Readonly<Record<string, null>>;
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

/** Runs `read` on a scanner over `text`; undefined when the scanner met something outside its subset. */
export function tryScan<T>(text: string, maxDepth: number, read: (scanner: XmlScanner) => T): T | undefined {
  try {
    return read(new XmlScanner(text, maxDepth));
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
}
