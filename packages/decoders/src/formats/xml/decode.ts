// Decoding a whole XML body: refuse DTDs, read the document with the scanner, then turn its items into the wire
// model and type them.
import { ClickyApiError, ClickyDecodeError } from '@clicky-sdk/core';
import type { CodecOptions } from '../../codec.ts';
import type { DecodedResult } from '../../result.ts';
import { typeResult, type WireDate, type WireType } from '../../typing/result.ts';
import { type RawDoc, scanDoc } from './document.ts';
import { itemsFromXml } from './items.ts';
import { type XmlNode, XmlScanner } from './scan.ts';

/** A v1/v2 body as the one requested type's one date group. */
function legacyTypes(items: XmlNode[], options: CodecOptions): RawDoc['types'] {
  const type = options.types?.length === 1 ? options.types[0] : undefined;
  if (type === undefined || options.date === undefined) {
    throw new ClickyDecodeError(
      'xml',
      'a <response> body; a retired v1/v2 <items> body is read only with exactly one requested type and the requested date',
    );
  }
  return [{ type, dates: [{ date: options.date, items }] }];
}

/**
 * What opens a DTD or an entity declaration, anywhere in a body. DTDs are where entity expansion attacks
 * (billion laughs, external entities) live; the API sends none. Fixed words: the search is linear.
 */
export const DTD_MARK: RegExp = /<!DOCTYPE|<!ENTITY/i;
/** The longest text DTD_MARK matches, less one: what a streamed body keeps of one chunk to search the next. */
export const DTD_MARK_OVERLAP: number = '<!DOCTYPE'.length - 1;

export const dtdRefused = (): ClickyDecodeError =>
  new ClickyDecodeError('xml', 'no DTD or entity declarations (they are refused)');

export function decodeXml(body: string, options: CodecOptions): DecodedResult {
  if (DTD_MARK.test(body)) throw dtdRefused();
  const doc = scanDoc(new XmlScanner(body, options.maxDepth));
  if (doc.error !== undefined) throw new ClickyApiError(doc.error, 'xml');
  const types = doc.legacyItems === undefined ? doc.types : legacyTypes(doc.legacyItems, options);
  const wire: WireType[] = types.map((t) => ({
    type: t.type,
    dates: t.dates.map(
      (d, di): WireDate => ({
        date: d.date,
        items: itemsFromXml(d.items, t.type, d.date, options, `${t.type}[${di}]`),
      }),
    ),
  }));
  return typeResult(wire, 'xml', options);
}
