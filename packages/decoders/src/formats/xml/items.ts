// From the item nodes of an XML document to the wire model the typers read: leaves stay strings; lists, custom
// data and nested objects take their wire form; an hourly tally item becomes one item per hour. A field whose
// elements do not fit its kind is a problem (see typing/problems.ts) and is left out of the item.
import { ClickyDecodeError, type FieldSpec, type ShapeSpec } from '@clicky-sdk/core';
import type { CodecOptions } from '../../codec.ts';
import { SHAPES } from '../../generated/field-tables.ts';
import { setOwn } from '../../own.ts';
import { report } from '../../typing/problems.ts';
import { isDateLabel } from '../../typing/result.ts';
import { isTally, shapeOf } from '../../typing/shapes.ts';
import { listOf, type XmlBranch, type XmlNode } from './scan.ts';

/** The API sends at most one value an hour. */
const HOURS_A_DAY = 24;
const DAY_MS = 86_400_000;

/** Returned by fieldFromXml for a field left out (its problem already reported). */
const LEFT_OUT: unique symbol = Symbol('left out');

/** What a field decodes to, looked up by its name or by another name it is sent under (the typers rename it). */
function specOf(shape: ShapeSpec | undefined, key: string): FieldSpec | undefined {
  if (shape === undefined) return undefined;
  if (Object.hasOwn(shape.fields, key)) return shape.fields[key];
  const field = shape.wireNames !== undefined && Object.hasOwn(shape.wireNames, key) ? shape.wireNames[key] : undefined;
  return field !== undefined && Object.hasOwn(shape.fields, field) ? shape.fields[field] : undefined;
}

function fieldFromXml(
  node: XmlNode | XmlNode[],
  spec: FieldSpec | undefined,
  options: CodecOptions,
  path: string,
): unknown {
  if (spec === undefined) return node; // a field the spec does not know: kept as read
  const wrong = (expected: string): typeof LEFT_OUT => {
    report(options, 'xml', path, expected, Array.isArray(node) ? 'repeated elements' : 'text');
    return LEFT_OUT;
  };
  if (typeof spec === 'object' && 'list' in spec) {
    if (typeof node === 'string' && node.trim() === '') return [];
    if (typeof node === 'string' || Array.isArray(node)) return wrong(`<${spec.list}> entries`);
    const entries = node[spec.list];
    return entries === undefined ? [] : listOf(entries);
  }
  if (Array.isArray(node)) return wrong('one element');
  if (typeof spec === 'object') {
    return typeof node === 'string' ? node : itemFromXml(node, SHAPES[spec.object] as ShapeSpec, options, path);
  }
  if (spec === 'string-map' && typeof node !== 'string' && options.multiValues)
    for (const k of Object.keys(node)) setOwn(node, k, listOf(node[k] as XmlNode | XmlNode[]));
  return node;
}

/**
 * An item (or nested object) from its element, converted in place: leaves stay strings for the typers, lists,
 * custom data and nested objects take their wire form. Reusing the scanner's object saves a copy per item.
 */
function itemFromXml(
  node: XmlBranch,
  shape: ShapeSpec | undefined,
  options: CodecOptions,
  where: string,
): Record<string, unknown> {
  const item = node as Record<string, unknown>;
  const fields = shape?.fields;
  for (const key in node) {
    const value = node[key] as XmlNode | XmlNode[];
    // The common case, a leaf of a scalar field, needs nothing. (No Object.prototype member is a string, so the
    // plain lookup is safe here; anything else goes through specOf.)
    const kind = fields?.[key];
    if (typeof value === 'string' && typeof kind === 'string' && kind !== 'string-map') continue;
    const spec = specOf(shape, key);
    if (typeof value === 'string' && spec === undefined) continue;
    const field = fieldFromXml(value, spec, options, `${where}.${key}`);
    if (field === LEFT_OUT) delete item[key];
    else setOwn(item, key, field);
  }
  return item;
}

/** The days a date label covers (1 for a label that is not one: it is refused when typed). */
function daysOf(label: string): number {
  if (!isDateLabel(label) || label.length === 10) return 1;
  const days = (Date.parse(label.slice(11)) - Date.parse(label.slice(0, 10))) / DAY_MS + 1;
  return Number.isFinite(days) && days >= 1 ? days : 1;
}

/**
 * The items of an hourly tally: one item holding a <value> per hour, and nothing else, at most 24 a day. Each
 * value becomes an item of its own (holding only that value, so a long list of values costs its length).
 */
function hourlyItems(node: XmlBranch, values: XmlNode[], date: string, where: string): Record<string, unknown>[] {
  for (const key in node)
    if (key !== 'value')
      throw new ClickyDecodeError('xml', 'an hourly item holding only <value> elements', { path: where });
  if (values.length > HOURS_A_DAY * daysOf(date))
    throw new ClickyDecodeError('xml', `at most ${HOURS_A_DAY} hourly values a day`, { path: where });
  return values.map((value) => ({ value }));
}

/** What a date group's items are read as: the type's shape, and whether it is an hourly tally. */
export interface GroupKind {
  readonly shape: ShapeSpec | undefined;
  readonly tally: boolean;
}

export const groupKind = (type: string): GroupKind => ({ shape: shapeOf(type), tally: isTally(type) });

/**
 * Adds the item(s) of the date group's `i`th item node to `items`; one that is text rather than elements is
 * kept as text, for typing to refuse.
 */
export function addItem(
  items: unknown[],
  node: XmlNode,
  i: number,
  kind: GroupKind,
  date: string,
  options: CodecOptions,
  where: string,
): void {
  if (typeof node === 'string') items.push(node.trim() === '' ? {} : node);
  else if (kind.tally && Array.isArray(node.value))
    for (const hour of hourlyItems(node, node.value, date, `${where}.items[${i}]`)) items.push(hour);
  else items.push(itemFromXml(node, kind.shape, options, `${where}.items[${i}]`));
}

/** Items of one date group. */
export function itemsFromXml(
  nodes: readonly XmlNode[],
  type: string,
  date: string,
  options: CodecOptions,
  where: string,
): unknown[] {
  const kind = groupKind(type);
  const items: unknown[] = [];
  for (let i = 0; i < nodes.length; i++) addItem(items, nodes[i] as XmlNode, i, kind, date, options, where);
  return items;
}
