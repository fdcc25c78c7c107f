// The XML layout: <response status="ok"> > <type type=T> > <date date=D> > <item> > one element per field.
// Lists repeat their entry element (<goals_completed><goal>A</goal><goal>B</goal>), custom data repeats a key
// per value, and an hourly tally item repeats <value> once per hour. Errors: <response status="error">.
// Reading: the fast scanner for the API's fixed shape, else fast-xml-parser (validated, entities bounded).
import { ClickyApiError, ClickyDecodeError, type DateGroup } from '@clicky-sdk/core';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SHAPES, TYPE_SHAPES } from '../generated/field-tables.ts';
import { type DecodedResult, setOwn } from '../result.ts';
import type { FieldSpec, ShapeSpec } from '../shape-table.ts';
import { isTally } from '../tally.ts';
import { type TypingOptions, typeResult, type WireDate, type WireType } from '../typing.ts';
import { toWireScalar } from '../wire-values.ts';
import { addChild, tryScan, type XmlBranch, type XmlNode, type XmlScanner } from '../xml-scan.ts';

/** Nesting the API never exceeds (response > type > date > item > field > entry) with room to spare. */
const MAX_DEPTH = 16;

interface RawDoc {
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
function scanDoc(sc: XmlScanner): RawDoc {
  sc.prolog();
  const root = sc.openTag();
  let doc: RawDoc;
  if (root.element.name === 'items') {
    const node = root.selfClosing ? '' : sc.content('items', 1);
    doc = { types: [], legacyItems: typeof node === 'string' ? [] : asList(node.item ?? []) };
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

function errorText(node: XmlNode): string {
  if (typeof node === 'string') return node.trim();
  const inner = node.error;
  return (text(inner) ?? '').trim();
}

// ---- the fast-xml-parser path ----

const WRAPPERS = new Set(['response.type', 'response.type.date', 'response.type.date.item', 'items.item']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Bodies with a DTD are refused before parsing, so only the predefined entities and character references remain.
  processEntities: true,
  htmlEntities: true, // character references (&#233;) and HTML names the API may echo from page titles
  maxNestedTags: MAX_DEPTH,
  isArray: (_name: string, jpath: unknown) => WRAPPERS.has(String(jpath)),
});

/** fast-xml-parser's node to ours: drops attributes and the white space between elements. */
function fromFxp(node: unknown): XmlNode {
  if (typeof node === 'string') return node;
  if (typeof node === 'number' || typeof node === 'boolean') return String(node);
  if (typeof node !== 'object' || node === null) return '';
  const branch: XmlBranch = {};
  let textContent = '';
  let children = 0;
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@_')) continue;
    if (key === '#text') {
      textContent += String(value);
      continue;
    }
    children++;
    for (const v of Array.isArray(value) ? value : [value]) addChild(branch, key, fromFxp(v));
  }
  if (children === 0) return textContent;
  if (textContent.trim() !== '')
    throw new ClickyDecodeError('xml', 'either text or child elements in an element, not both');
  return branch;
}

function parseWithFxp(body: string): RawDoc {
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    throw new ClickyDecodeError(
      'xml',
      `well-formed XML (${valid.err.msg} at line ${valid.err.line}, column ${valid.err.col})`,
    );
  }
  let tree: Record<string, unknown>;
  try {
    tree = parser.parse(body) as Record<string, unknown>;
  } catch (e) {
    throw new ClickyDecodeError('xml', `XML the parser accepts (${e instanceof Error ? e.message : String(e)})`);
  }
  if (typeof tree.items === 'object' && tree.items !== null) {
    const node = fromFxp(tree.items);
    return { types: [], legacyItems: typeof node === 'string' ? [] : asList(node.item ?? []) };
  }
  const root = tree.response as Record<string, unknown> | undefined;
  if (typeof root !== 'object' || root === null) throw new ClickyDecodeError('xml', 'a <response> root element');
  if (root['@_status'] === 'error') return { error: errorText(fromFxp(root)), types: [] };
  const list = (v: unknown): Record<string, unknown>[] =>
    (Array.isArray(v) ? v : []).map((x) => (typeof x === 'object' && x !== null ? x : {}));
  return {
    types: list(root.type).map((t) => {
      if (typeof t['@_type'] !== 'string') throw new ClickyDecodeError('xml', 'a type attribute on <type>');
      return {
        type: t['@_type'],
        dates: list(t.date).map((d) => {
          if (typeof d['@_date'] !== 'string')
            throw new ClickyDecodeError('xml', `a date attribute on <date> of ${String(t['@_type'])}`);
          return { date: d['@_date'], items: (Array.isArray(d.item) ? d.item : []).map(fromFxp) };
        }),
      };
    }),
  };
}

// ---- from XML nodes to the wire model ----

const shapeSpecOf = (type: string): ShapeSpec | undefined => SHAPES[TYPE_SHAPES[type] ?? ''];

const asList = (n: XmlNode | XmlNode[]): XmlNode[] => (Array.isArray(n) ? n : [n]);

/** Where a field sits, for error messages only (built when one is thrown). */
const at = (where: string, key: string): { path: string } => ({ path: `${where}.${key}` });

function fieldFromXml(
  node: XmlNode | XmlNode[],
  spec: FieldSpec | undefined,
  multiValues: boolean,
  where: string,
  key: string,
): unknown {
  if (spec === undefined) return node; // a field the spec does not know: kept as read
  if (typeof spec === 'object' && 'list' in spec) {
    if (typeof node === 'string' || Array.isArray(node)) {
      if (node === '' || (typeof node === 'string' && node.trim() === '')) return [];
      throw new ClickyDecodeError('xml', `<${spec.list}> entries`, at(where, key));
    }
    const entries = node[spec.list];
    return entries === undefined ? [] : asList(entries);
  }
  if (typeof spec === 'object' && 'object' in spec) {
    if (Array.isArray(node)) throw new ClickyDecodeError('xml', 'one element', at(where, key));
    return typeof node === 'string'
      ? node
      : itemFromXml(node, SHAPES[spec.object] as ShapeSpec, multiValues, `${where}.${key}`);
  }
  if (spec === 'string-map') {
    if (typeof node === 'string' || Array.isArray(node)) return typeof node === 'string' ? node : '';
    if (multiValues) for (const k of Object.keys(node)) setOwn(node, k, asList(node[k] as XmlNode | XmlNode[]));
    return node;
  }
  if (Array.isArray(node)) throw new ClickyDecodeError('xml', 'one element', at(where, key));
  return node;
}

/**
 * An item (or nested object) from its element, converted in place: leaves stay strings for the typers, lists,
 * custom data and nested objects take their wire form. Reusing the scanner's object saves a copy per item.
 */
function itemFromXml(
  node: XmlBranch,
  shape: ShapeSpec | undefined,
  multiValues: boolean,
  where: string,
): Record<string, unknown> {
  const item = node as Record<string, unknown>;
  for (const key in node) {
    const value = node[key] as XmlNode | XmlNode[];
    const spec = shape?.fields[key];
    // The common case, a leaf of a scalar field, needs nothing.
    if (typeof value === 'string' && (spec === undefined || (typeof spec === 'string' && spec !== 'string-map')))
      continue;
    setOwn(item, key, fieldFromXml(value, spec, multiValues, where, key));
  }
  return item;
}

/** Items of one date group; an hourly tally item holding several <value> becomes one item per hour. */
function itemsFromXml(
  nodes: readonly XmlNode[],
  type: string,
  multiValues: boolean,
  where: string,
): Record<string, unknown>[] {
  const shape = shapeSpecOf(type);
  const hourly = isTally(type);
  const items: Record<string, unknown>[] = [];
  nodes.forEach((node, i) => {
    if (typeof node === 'string') {
      items.push({});
      return;
    }
    const values = node.value;
    if (hourly && Array.isArray(values)) {
      for (const v of values)
        items.push(itemFromXml({ ...node, value: v }, shape, multiValues, `${where}.items[${i}]`));
    } else items.push(itemFromXml(node, shape, multiValues, `${where}.items[${i}]`));
  });
  return items;
}

export interface XmlDecodeOptions extends Omit<TypingOptions, 'format'> {
  /** The requested date (YYYY-MM-DD or START,END), for a retired v1/v2 body, which does not say it. */
  readonly date?: string | undefined;
}

/** A v1/v2 body as the one requested type's one date group. */
function legacyTypes(items: XmlNode[], options: XmlDecodeOptions): RawDoc['types'] {
  const type = options.types?.length === 1 ? options.types[0] : undefined;
  if (type === undefined || options.date === undefined) {
    throw new ClickyDecodeError(
      'xml',
      'a <response> body; a retired v1/v2 <items> body is read only with exactly one requested type and the requested date',
    );
  }
  return [{ type, dates: [{ date: options.date, items }] }];
}

export function decodeXml(body: string, options: XmlDecodeOptions): DecodedResult {
  // DTDs are where entity expansion attacks (billion laughs, external entities) live; the API sends none.
  if (/<!DOCTYPE|<!ENTITY/i.test(body))
    throw new ClickyDecodeError('xml', 'no DTD or entity declarations (they are refused)');
  const doc = tryScan(body, MAX_DEPTH, scanDoc) ?? parseWithFxp(body);
  if (doc.error !== undefined) throw new ClickyApiError(doc.error, 'xml');
  const multiValues = options.multiValues === true;
  const types = doc.legacyItems === undefined ? doc.types : legacyTypes(doc.legacyItems, options);
  const wire: WireType[] = types.map((t) => ({
    type: t.type,
    dates: t.dates.map(
      (d, di): WireDate => ({ date: d.date, items: itemsFromXml(d.items, t.type, multiValues, `${t.type}[${di}]`) }),
    ),
  }));
  return typeResult(wire, {
    types: options.types,
    multiValues: options.multiValues,
    partial: options.partial,
    format: 'xml',
  });
}

// ---- writing ----

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');
const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function element(name: string, inner: string): string {
  if (!XML_NAME.test(name)) throw new TypeError(`cannot write ${JSON.stringify(name)} as an XML element name`);
  return `<${name}>${inner}</${name}>`;
}

function fieldToXml(name: string, value: unknown, spec: FieldSpec | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) {
    const entry = typeof spec === 'object' && 'list' in spec ? spec.list : undefined;
    // A list field nests its entries; a custom key with several values repeats itself.
    return entry
      ? element(name, value.map((v) => element(entry, escapeText(toWireScalar(v)))).join(''))
      : value.map((v) => element(name, escapeText(toWireScalar(v)))).join('');
  }
  if (typeof value === 'object' && value !== null) {
    const nested = typeof spec === 'object' && 'object' in spec ? SHAPES[spec.object] : undefined;
    return element(
      name,
      Object.entries(value)
        .map(([k, v]) => fieldToXml(k, v, nested?.fields[k]))
        .join(''),
    );
  }
  return element(name, escapeText(toWireScalar(value)));
}

export interface XmlEncodeOptions {
  /** Write each tally date group as one <item> with a <value> per hour, as the API does with hourly=1. */
  readonly hourly?: boolean;
}

export function encodeXml(
  result: Readonly<Record<string, readonly DateGroup<object>[]>>,
  options: XmlEncodeOptions = {},
): string {
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>\n<response status="ok">'];
  for (const [type, groups] of Object.entries(result)) {
    const shape = shapeSpecOf(type);
    out.push(`<type type="${escapeAttr(type)}">`);
    for (const g of groups) {
      out.push(`<date date="${escapeAttr(g.date)}">`);
      const hourly =
        options.hourly === true &&
        shape?.fields.value !== undefined &&
        g.items.length > 1 &&
        g.items.every((it) => Object.keys(it).join() === 'value');
      if (hourly)
        out.push(
          element(
            'item',
            g.items.map((it) => fieldToXml('value', (it as { value: unknown }).value, 'number')).join(''),
          ),
        );
      else
        for (const item of g.items)
          out.push(
            element(
              'item',
              Object.entries(item)
                .map(([k, v]) => fieldToXml(k, v, shape?.fields[k]))
                .join(''),
            ),
          );
      out.push('</date>');
    }
    out.push('</type>');
  }
  out.push('</response>\n');
  return out.join('');
}

export function encodeXmlError(message: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<response status="error"><error>${escapeText(message)}</error></response>\n`;
}
