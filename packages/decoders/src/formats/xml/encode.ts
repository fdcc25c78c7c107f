// Writing a result, or an error, in the API's XML layout.
import { ClickyParamError, type FieldSpec } from '@clicky-sdk/core';
import { SHAPES } from '../../generated/field-tables.ts';
import type { Encodable, EncodeFlags } from '../../result.ts';
import { shapeOf } from '../../typing/shapes.ts';
import { toWireScalar } from '../../typing/wire.ts';

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');
const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function element(name: string, inner: string): string {
  if (!XML_NAME.test(name))
    throw new ClickyParamError([
      {
        param: 'result',
        rule: 'xml-name',
        message: `${JSON.stringify(name.slice(0, 40))} cannot be an XML element name`,
      },
    ]);
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

/** With `hourly`, each tally date group is one <item> with a <value> per hour, as the API writes it. */
export function encodeXml(result: Encodable, options: EncodeFlags): string {
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>\n<response status="ok">'];
  for (const [type, groups] of Object.entries(result)) {
    const shape = shapeOf(type);
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
