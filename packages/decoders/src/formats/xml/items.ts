// From the item nodes of an XML document to the wire model the typers read: leaves stay strings; lists, custom
// data and nested objects take their wire form; an hourly tally item becomes one item per hour.
import { ClickyDecodeError, type FieldSpec, type ShapeSpec } from '@clicky-sdk/core';
import { SHAPES } from '../../generated/field-tables.ts';
import { setOwn } from '../../own.ts';
import { isTally, shapeOf } from '../../typing/shapes.ts';
import { listOf, type XmlBranch, type XmlNode } from './scan.ts';

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
    return entries === undefined ? [] : listOf(entries);
  }
  if (typeof spec === 'object' && 'object' in spec) {
    if (Array.isArray(node)) throw new ClickyDecodeError('xml', 'one element', at(where, key));
    return typeof node === 'string'
      ? node
      : itemFromXml(node, SHAPES[spec.object] as ShapeSpec, multiValues, `${where}.${key}`);
  }
  if (spec === 'string-map') {
    if (typeof node === 'string' || Array.isArray(node)) return typeof node === 'string' ? node : '';
    if (multiValues) for (const k of Object.keys(node)) setOwn(node, k, listOf(node[k] as XmlNode | XmlNode[]));
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
export function itemsFromXml(
  nodes: readonly XmlNode[],
  type: string,
  multiValues: boolean,
  where: string,
): Record<string, unknown>[] {
  const shape = shapeOf(type);
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
