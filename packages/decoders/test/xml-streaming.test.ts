// XML streaming: the reader reads items as their text arrives and agrees with whole decoding, result, problems
// and error (its class, message, offset and path), however the text is split: inside tags, references, CDATA,
// comments, processing instructions, attribute values, the declaration, and multi-byte characters.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ClickyApiError, ClickyDecodeError } from '@clicky-sdk/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codecOptions } from '../src/decode.ts';
import { xmlCodec } from '../src/formats/xml/index.ts';
import { type DecodeOptions, decode, decodeStream, encode, problemsOf } from '../src/index.ts';

/** A body using every construct the scanner reads, with text where a split could go wrong. */
const RICH = [
  '<?xml version="1.0" encoding="utf-8"?>\n<!-- made by hand -->\n<?style x?>\n',
  '<response status="ok">\n <type type="visitors-list">\n  <date date="2024-10-01,2024-10-31">\n',
  '   <item><time>1656520164</time><session_id>247859048</session_id>',
  '<geolocation>Z&#252;rich, Switzerland 中文 😀 &#x1F600;</geolocation>',
  '<ip_address><![CDATA[24.34.0.0 <not a tag> & ]] ]]></ip_address><!-- a comment -->',
  '<custom><username>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;</username></custom><?pi inside?>',
  '<extra a=\'x &amp; y\' b = "2 é"><deep><deeper>1</deeper></deep></extra></item>\n',
  '   <item><time>1656520100</time><session_id>247859000</session_id><actions>x</actions></item>\n',
  '   <item/>\n   <item>   </item>\n   <item>just text</item>\n',
  '  </date>\n  <note k="v"><x>1</x></note>\n </type>\n',
  ' <type type="visitors"><date date="2024-10-29"><item><value>1</value><value>2</value></item></date>',
  '<date date="2024-10-28"/></type>\n',
  '</response>\n<!-- trailing -->\n',
].join('');

/** The answer a decode gave: its result and problems, or its error, in full. */
async function outcome(run: () => unknown): Promise<unknown> {
  try {
    const r = await run();
    return { ok: r, problems: problemsOf(r as object) };
  } catch (e) {
    if (e instanceof ClickyApiError) return { api: e.apiMessage, message: e.message };
    if (e instanceof ClickyDecodeError) return { message: e.message, offset: e.offset, path: e.path };
    throw e;
  }
}

/** Decodes `chunks` with the XML reader directly (string chunks, so offsets count the same characters). */
function readChunks(chunks: readonly string[], o: DecodeOptions = {}): unknown {
  const options = codecOptions(o);
  const reader = xmlCodec.reader!(options);
  for (const c of chunks) reader.push(c);
  const result = reader.end();
  Object.defineProperty(result, 'problems', { value: options.problems, enumerable: false });
  return result;
}

const splitAt = (text: string, cuts: number[]): string[] => {
  const at = [0, ...[...new Set(cuts)].sort((a, b) => a - b), text.length];
  return at.slice(1).map((end, i) => text.slice(at[i], end));
};

async function* bytes(text: string, sizes: readonly number[]): AsyncGenerator<Uint8Array> {
  const all = new TextEncoder().encode(text);
  for (let i = 0, k = 0; i < all.length; k++) {
    const size = sizes[k % sizes.length] as number;
    yield all.slice(i, i + size);
    i += size;
  }
}

/** Broken or unusual variants of RICH: each must fail (or succeed) streamed exactly as it does whole. */
const VARIANTS: readonly string[] = [
  RICH,
  RICH.replace('&#252;', '&#0;'),
  RICH.replace('&amp; b', '&nbsp; b'),
  RICH.replace('</deeper>', '</deepr>'),
  RICH.replace("a='x", 'a="x'),
  RICH.replace('b = "2', 'b = 2'),
  RICH.replace('<!-- a comment -->', '<!-- a comment ->'),
  RICH.replace(']]></ip_address>', ']></ip_address>'),
  RICH.replace('<?pi inside?>', '<?pi inside>'),
  RICH.replace('type="visitors"', 'typ="visitors"'),
  RICH.replace('date="2024-10-29"', 'dat="2024-10-29"'),
  RICH.replace('<value>2</value>', '<value>2</value><other>3</other>'),
  RICH.replace('<value>1</value>', '<value>1</value>'.repeat(30)),
  RICH.replace('status="ok"', 'status="maybe"'),
  RICH.replace('<response', '<responses'),
  RICH.replace('</response>', '</response><more/>'),
  RICH.replace('</response>\n<!-- trailing -->\n', '</response>\n<!-- trailing'),
  RICH.replace('<item/>', '<item/>text'),
  RICH.replace('2024-10-01,2024-10-31', 'yesterday'),
  // An item's problem (an error when strict) and a broken tag further on: whole decoding names the tag.
  RICH.replace('<date date="2024-10-28"/>', '<date date="2024-10-28">'),
  RICH.replace('<value>2</value>', '<value>2</value><other>3</other>').replace('</response>', '</respons>'),
  RICH.slice(0, RICH.length - 30),
  RICH.slice(0, 120),
  `\ufeff${RICH}`,
  `${RICH}x`,
  '<response status="error"><error>Invalid sitekey.</error></response>',
  '<?xml version="1.0"?><response status="error">\n  <error> No &amp; such site. </error>\n</response>\n',
  '<response status="ok"/>',
  '<response status="ok"></response>',
  '<response status="ok"> x </response>',
];

describe('XML streaming agrees with whole decoding', () => {
  it('reads the rich body split in two at every position, and one character at a time', async () => {
    const whole = await outcome(() => decode(RICH, { format: 'xml' }));
    expect(whole).toMatchObject({ ok: { 'visitors-list': [{ date: '2024-10-01,2024-10-31' }] } });
    for (let at = 0; at <= RICH.length; at++)
      expect(await outcome(() => readChunks([RICH.slice(0, at), RICH.slice(at)]))).toStrictEqual(whole);
    expect(await outcome(() => readChunks([...RICH]))).toStrictEqual(whole);
  });

  it('gives every variant the same outcome at any split, strict or not', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...VARIANTS),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.boolean(),
        async (body, cuts, strict) => {
          const whole = await outcome(() => decode(body, { format: 'xml', strict }));
          const streamed = await outcome(() =>
            readChunks(
              splitAt(
                body,
                cuts.map((c) => c % (body.length + 1)),
              ),
              { strict },
            ),
          );
          expect(streamed).toStrictEqual(whole);
        },
      ),
      { numRuns: 600 },
    );
    for (const body of VARIANTS) {
      const whole = await outcome(() => decode(body, { format: 'xml' }));
      expect(await outcome(() => readChunks([...body]))).toStrictEqual(whole);
    }
  });

  it('decodes UTF-8 bytes split anywhere, multi-byte characters included, as the whole text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...VARIANTS.filter((v) => !v.startsWith('\ufeff'))),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 8 }),
        async (body, sizes) => {
          const whole = await outcome(() => decode(body, { format: 'xml' }));
          expect(await outcome(() => decodeStream(bytes(body, sizes), { format: 'xml' }))).toStrictEqual(whole);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses a DTD or entity declaration split anywhere between chunks, ahead of any other error', async () => {
    const marks = ['<!DOCTYPE r [<!ENTITY a "aaaa">]>', '<!doctype r>', '<!EnTiTy x "y">'];
    const places = [
      (m: string) => m + RICH,
      (m: string) => RICH.replace('<!-- made by hand -->', m),
      (m: string) => RICH.replace('<ip_address><![CDATA[', `<ip_address><![CDATA[${m}`),
      (m: string) => RICH.replace('<!-- a comment -->', `<!-- ${m} -->`),
      (m: string) => `${RICH}${m}`,
      // After a broken item: the whole body is refused for its DTD, not for the item.
      (m: string) => `${RICH.replace('</deeper>', '</deepr>')}${m}`,
    ];
    const refusal = await outcome(() => decode(places[0]!(marks[0]!), { format: 'xml' }));
    expect(refusal).toMatchObject({ message: expect.stringContaining('no DTD or entity declarations') });
    for (const mark of marks)
      for (const place of places) {
        const body = place(mark);
        const start = body.indexOf(mark);
        expect(await outcome(() => decode(body, { format: 'xml' }))).toStrictEqual(refusal);
        for (let at = start; at <= start + 9; at++)
          expect(await outcome(() => readChunks([body.slice(0, at), body.slice(at)]))).toStrictEqual(refusal);
        expect(await outcome(() => readChunks([...body]))).toStrictEqual(refusal);
      }
  });

  it('reads retired v1/v2 bodies with the requested type and date, and the API error body', async () => {
    const legacy = readFileSync(join(__dirname, 'samples', 'visitors-list.legacy-v2.xml'), 'utf8');
    const o = { types: ['visitors-list'], date: '2008-01-05' } as const;
    const whole = await outcome(() => decode(legacy, { ...o, format: 'xml' }));
    expect(whole).toMatchObject({ ok: { 'visitors-list': [{ date: '2008-01-05' }] } });
    expect(await outcome(() => decodeStream(bytes(legacy, [1000]), { ...o, format: 'xml' }))).toStrictEqual(whole);
    expect(await outcome(() => readChunks([...legacy.slice(0, 3000), legacy.slice(3000)], o))).toStrictEqual(whole);
    await expect(decodeStream(bytes(VARIANTS.at(-4)!, [3]))).rejects.toThrow(
      expect.objectContaining({ apiMessage: 'No & such site.' }),
    );
  });

  it('holds only about an item and a chunk of a 5,000-visitor body', () => {
    const items = Array.from({ length: 5000 }, (_, i) => ({
      time: 1656520164 - i,
      session_id: 247859048 - i,
      geolocation: 'Zürich, Switzerland',
      custom: { username: `user${i}` },
    }));
    const body = encode(
      { 'visitors-list': [{ date: '2024-10-29', start: '2024-10-29', end: '2024-10-29', items }] },
      { format: 'xml' },
    );
    const reader = xmlCodec.reader!(codecOptions({}));
    for (let i = 0; i < body.length; i += 16 * 1024) reader.push(body.slice(i, i + 16 * 1024));
    expect(reader.end()).toStrictEqual(decode(body));
    expect(reader.maxHeld).toBeLessThan(16 * 1024 + 4096);
  });

  it('refuses nesting past maxDepth streamed as whole', async () => {
    const deep = RICH.replace('<deeper>1</deeper>', `${'<a>'.repeat(80)}1${'</a>'.repeat(80)}`);
    const whole = await outcome(() => decode(deep, { format: 'xml' }));
    expect(whole).toMatchObject({ message: expect.stringContaining('nesting no deeper than 64') });
    expect(await outcome(() => readChunks(splitAt(deep, [700, 701, 900])))).toStrictEqual(whole);
    const shallow = await outcome(() => decode(deep, { format: 'xml', maxDepth: 200 }));
    expect(shallow).toMatchObject({ ok: { 'visitors-list': [{}] } });
    expect(await outcome(() => readChunks([...deep], { maxDepth: 200 }))).toStrictEqual(shallow);
  });
});
