// The API's XML document read by the scanner: <response status="ok"> > <type type=T> > <date date=D> > <item>,
// or <response status="error">, or a retired v1/v2 <items> body. Anything else makes the scanner give up.
import { listOf, type XmlNode, type XmlScanner } from './scan.ts';

/** Nesting the API never exceeds (response > type > date > item > field > entry) with room to spare. */
export const MAX_DEPTH = 16;

/** A body read as the API's document: its error, or its types' date groups of item nodes. */
export interface RawDoc {
  readonly error?: string;
  readonly types: { type: string; dates: { date: string; items: XmlNode[] }[] }[];
  /** Items of a retired v1/v2 body (<items><item>...), which names neither its type nor its date. */
  readonly legacyItems?: XmlNode[];
}

const text = (n: XmlNode | XmlNode[] | undefined): string | undefined => (typeof n === 'string' ? n : undefined);

type OpenTag = ReturnType<XmlScanner['openTag']>;

/** Reads the children of a wrapper element (each must be a `<child>`) up to and including its closing tag. */
function eachChild(
  sc: XmlScanner,
  parent: string,
  selfClosing: boolean,
  child: string,
  read: (tag: OpenTag) => void,
): void {
  if (selfClosing) return;
  for (;;) {
    sc.skipSpace();
    if (sc.s.charCodeAt(sc.i + 1) === 47) {
      sc.closeTag(parent);
      return;
    }
    const tag = sc.openTag();
    if (tag.element.name !== child) sc.giveUp();
    read(tag);
  }
}

/** The fast path: the API's fixed shape, read straight into the document model. */
export function scanDoc(sc: XmlScanner): RawDoc {
  sc.prolog();
  const root = sc.openTag();
  let doc: RawDoc;
  if (root.element.name === 'items') {
    const node = root.selfClosing ? '' : sc.content('items', 1);
    doc = { types: [], legacyItems: typeof node === 'string' ? [] : listOf(node.item ?? []) };
  } else if (root.element.name !== 'response') sc.giveUp();
  else if (root.element.attrs.status === 'error') {
    const node = root.selfClosing ? '' : sc.content('response', 1);
    doc = { error: errorText(node), types: [] };
  } else {
    if (root.element.attrs.status !== 'ok' || root.selfClosing) sc.giveUp();
    const types: RawDoc['types'] = [];
    eachChild(sc, 'response', false, 'type', (t) => {
      const type = t.element.attrs.type;
      if (type === undefined) sc.giveUp();
      const dates: RawDoc['types'][number]['dates'] = [];
      types.push({ type, dates });
      eachChild(sc, 'type', t.selfClosing, 'date', (d) => {
        const date = d.element.attrs.date;
        if (date === undefined) sc.giveUp();
        const items: XmlNode[] = [];
        dates.push({ date, items });
        eachChild(sc, 'date', d.selfClosing, 'item', (it) => {
          if (Object.keys(it.element.attrs).length > 0) sc.giveUp();
          items.push(it.selfClosing ? '' : sc.content('item', 4));
        });
      });
    });
    doc = { types };
  }
  sc.skipSpace();
  if (sc.i !== sc.s.length) sc.giveUp();
  return doc;
}

export function errorText(node: XmlNode): string {
  if (typeof node === 'string') return node.trim();
  const inner = node.error;
  return (text(inner) ?? '').trim();
}
