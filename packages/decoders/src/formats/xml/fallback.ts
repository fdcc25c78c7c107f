// The fallback for XML outside the scanner's subset: fast-xml-parser, validated first (entities bounded; bodies
// with a DTD never get here). Its tree is turned into the scanner's node model.
import { ClickyDecodeError } from '@clicky-sdk/core';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { errorText, MAX_DEPTH, type RawDoc } from './document.ts';
import { addChild, listOf, type XmlBranch, type XmlNode } from './scan.ts';

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

/** Reads a body the scanner gave up on with fast-xml-parser, validated first. */
export function parseWithFxp(body: string): RawDoc {
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
    return { types: [], legacyItems: typeof node === 'string' ? [] : listOf(node.item ?? []) };
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
