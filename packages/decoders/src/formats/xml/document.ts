// The API's XML document: <response status="ok"> > <type type=T> > <date date=D> > <item>, or
// <response status="error">, or a retired v1/v2 <items> body. Elements the layout does not know are skipped
// (checked as XML all the same); text between the layout's elements is refused.
import { listOf, type OpenTag, type XmlNode, type XmlScanner } from './scan.ts';

/** A body read as the API's document: its error, or its types' date groups of item nodes. */
export interface RawDoc {
  readonly error?: string;
  readonly types: { type: string; dates: { date: string; items: XmlNode[] }[] }[];
  /** Items of a retired v1/v2 body (<items><item>...), which names neither its type nor its date. */
  readonly legacyItems?: XmlNode[];
}

/** Nesting of the layout's own elements: response 1, type 2, date 3, item 4. */
const ITEM_DEPTH = 4;

/**
 * One step inside a layout element: past white space, comments and processing instructions, its closing tag
 * (null), a `<child>` open tag (returned), or another element, skipped (undefined).
 */
export function nextChild(sc: XmlScanner, parent: string, depth: number, child: string): OpenTag | null | undefined {
  sc.skipMisc();
  if (sc.s.charCodeAt(sc.i) !== 60) sc.fail(`only elements inside <${parent}>`);
  if (sc.s.charCodeAt(sc.i + 1) === 47) {
    sc.closeTag(parent);
    return null;
  }
  const tag = sc.openTag();
  if (tag.name === child) return tag;
  sc.skipElement(tag, depth + 1);
  return undefined;
}

/** Reads the elements inside a layout element up to its closing tag, handing each `<child>` to `read`. */
function eachChild(sc: XmlScanner, parent: OpenTag, depth: number, child: string, read: (tag: OpenTag) => void): void {
  if (parent.selfClosing) return;
  for (;;) {
    const tag = nextChild(sc, parent.name, depth, child);
    if (tag === null) return;
    if (tag !== undefined) read(tag);
  }
}

/** The root of a body read item by item: `<response status="ok">`; anything else is read whole. */
export const isOkRoot = (root: OpenTag): boolean => root.name === 'response' && root.attrs.status === 'ok';

/** A `<type>`'s type. */
export function typeOf(sc: XmlScanner, tag: OpenTag): string {
  const type = tag.attrs.type;
  if (type === undefined) sc.fail('a type attribute on <type>');
  return type;
}

/** A `<date>`'s date, inside the type `type`. */
export function dateOf(sc: XmlScanner, tag: OpenTag, type: string): string {
  const date = tag.attrs.date;
  if (date === undefined) sc.fail(`a date attribute on <date> of ${type.slice(0, 40)}`);
  return date;
}

/** An `<item>` whose open tag was just read. */
export const itemNode = (sc: XmlScanner, tag: OpenTag): XmlNode =>
  tag.selfClosing ? '' : sc.content('item', ITEM_DEPTH);

/** After the root element: only white space, comments and processing instructions. */
export function endOfBody(sc: XmlScanner): void {
  sc.skipMisc();
  if (sc.i !== sc.s.length) sc.fail('the end of the body after the root element');
}

/** Reads the whole document. */
export function scanDoc(sc: XmlScanner): RawDoc {
  sc.prolog();
  const root = sc.openTag();
  let doc: RawDoc;
  if (root.name === 'items') {
    const node = root.selfClosing ? '' : sc.content('items', 1);
    doc = { types: [], legacyItems: typeof node === 'string' ? [] : listOf(node.item ?? []) };
  } else if (root.name !== 'response') sc.fail('a <response> root element', 0);
  else if (root.attrs.status === 'error') {
    const node = root.selfClosing ? '' : sc.content('response', 1);
    doc = { error: errorText(node), types: [] };
  } else if (root.attrs.status !== 'ok') sc.fail('a <response> with status="ok" or status="error"', 0);
  else doc = { types: readTypes(sc, root) };
  endOfBody(sc);
  return doc;
}

function readTypes(sc: XmlScanner, root: OpenTag): RawDoc['types'] {
  const types: RawDoc['types'] = [];
  eachChild(sc, root, 1, 'type', (t) => {
    const type = typeOf(sc, t);
    const dates: RawDoc['types'][number]['dates'] = [];
    types.push({ type, dates });
    eachChild(sc, t, 2, 'date', (d) => {
      const date = dateOf(sc, d, type);
      const items: XmlNode[] = [];
      dates.push({ date, items });
      eachChild(sc, d, 3, 'item', (it) => {
        items.push(itemNode(sc, it));
      });
    });
  });
  return types;
}

export function errorText(node: XmlNode): string {
  if (typeof node === 'string') return node.trim();
  const inner = node.error;
  return (typeof inner === 'string' ? inner : '').trim();
}
