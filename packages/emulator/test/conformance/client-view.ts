// What the conformance tests share: asking the emulator as a client would (its own query, its own format), and
// reading the answer with the generic tools a client has (JSON.parse, PHP's unserialize, a plain XML parser),
// never with this project's decoders, so a layout the decoders would forgive still fails here.
import { phpUnserialize } from '@clicky-sdk/decoders';
import { XMLParser } from 'fast-xml-parser';
import { DEMO_SITE, type Emulator } from '../../src/index.ts';

/** A parsed body as a client sees it: no types, only the fields it reads. */
export type Loose = any;

/** The body of `query` for the demo site (`site_id`, `sitekey` first, as every client sends them). */
export async function bodyOf(emu: Emulator, query: string, site = DEMO_SITE): Promise<string> {
  const res = await fetch(`${emu.url}/api/stats/4?site_id=${site.id}&sitekey=${site.sitekey}&${query}`);
  if (res.status !== 200) throw new Error(`HTTP ${res.status} for ${query}`);
  return res.text();
}

export const asJson = (body: string): Loose => JSON.parse(body);

/** PHP's unserialize() of the body: arrays keyed 0..n-1 become lists, others plain objects. */
export const asPhp = (body: string): Loose => phpUnserialize(body);

/** The body as a generic XML parser (SimpleXML, MultiXml) gives it: elements as nested objects, attributes
 * under `@_`, text kept as text. */
export const asXml = (body: string): Loose =>
  new XMLParser({ ignoreAttributes: false, parseTagValue: false, parseAttributeValue: false }).parse(body);

/** One or many children of the same name, as a list (generic XML parsers give a lone child as itself). */
export const many = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

/** PHP's (int) / (float) cast of a wire string, as PHP clients apply it. */
export const phpInt = (v: unknown): number => Math.trunc(Number.parseFloat(String(v)) || 0);
