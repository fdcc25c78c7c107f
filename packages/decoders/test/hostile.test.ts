// Hostile bodies: truncation at every offset, absurd lengths, deep nesting, prototype keys, entity attacks,
// invalid UTF-8, a 50 MB body, and fuzzing. Each must give a correct result or a ClickyError, never a crash,
// and never touch Object.prototype.
import { ClickyApiError, ClickyDecodeError, ClickyError, type DataType, type OutputFormat } from '@clicky-sdk/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { decode, encode } from '../src/index.ts';
import { result } from './arbitraries.ts';

const FORMATS: OutputFormat[] = ['json', 'xml', 'php', 'csv'];

/** Decodes and reports what happened; anything but a result or a ClickyError fails the test. */
function outcome(body: string | Uint8Array, format: OutputFormat, types?: DataType[]): 'ok' | 'decode' | 'api' {
  try {
    decode(body, types ? { format, types } : { format });
    return 'ok';
  } catch (e) {
    if (e instanceof ClickyDecodeError) return 'decode';
    if (e instanceof ClickyApiError) return 'api';
    throw new Error(`${format}: a ${e instanceof Error ? e.constructor.name : typeof e} escaped: ${String(e)}`, {
      cause: e,
    });
  }
}

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
});

const sample = fc.sample(result(false), { numRuns: 1, seed: 42 })[0] as Record<string, never>;
const bodies = Object.fromEntries(FORMATS.map((f) => [f, encode(sample, { format: f })])) as Record<
  OutputFormat,
  string
>;

describe('truncated bodies', () => {
  it.each(FORMATS)('%s: every prefix decodes correctly or fails with ClickyDecodeError', (format) => {
    const body = bodies[format];
    const content = body.trimEnd().length; // cutting only trailing white space leaves the same document
    let failures = 0;
    for (let cut = 0; cut < content; cut++) if (outcome(body.slice(0, cut), format) === 'decode') failures++;
    // Only CSV can stop at a row boundary and still be well-formed; the others must refuse every prefix.
    if (format === 'csv') expect(failures).toBeGreaterThan(content / 2);
    else expect(failures).toBe(content);
  });
});

describe('absurd sizes and nesting', () => {
  it('refuses huge PHP lengths and counts before allocating', () => {
    for (const body of ['s:999999999:"', 'a:1:{s:999999999:"x";N;}', 'a:2147483647:{', 'a:1:{i:0;a:999999999:{}}']) {
      expect(outcome(body, 'php')).toBe('decode');
    }
  });

  it.each([
    ['json', '['.repeat(100_000) + ']'.repeat(100_000)],
    ['json', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`],
    ['xml', `<response status="ok">${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</response>`],
    ['php', `${'a:1:{i:0;'.repeat(100_000)}N;${'}'.repeat(100_000)}`],
    ['csv', `# t\n# 2024-10-29\n${'"'.repeat(100_001)}`],
  ] as const)('%s: 100k-deep nesting (for CSV: 100k quotes) is refused', (format, body) => {
    expect(outcome(body, format)).toBe('decode');
  });
});

describe('prototype keys stay data', () => {
  it.each([
    [
      'json',
      '[{"type":"visitors-list","dates":[{"date":"2024-10-29","items":[{"time":"1","session_id":"2","__proto__":{"polluted":"yes"},"custom":{"__proto__":"x","constructor":"y"}}]}]}]',
    ],
    [
      'xml',
      '<response status="ok"><type type="visitors-list"><date date="2024-10-29"><item><time>1</time><session_id>2</session_id><__proto__><polluted>yes</polluted></__proto__><custom><__proto__>x</__proto__><constructor>y</constructor></custom></item></date></type></response>',
    ],
    [
      'php',
      'a:1:{s:13:"visitors-list";a:1:{s:10:"2024-10-29";a:1:{i:0;a:4:{s:4:"time";s:1:"1";s:10:"session_id";s:1:"2";s:9:"__proto__";a:1:{s:8:"polluted";s:3:"yes";}s:6:"custom";a:2:{s:9:"__proto__";s:1:"x";s:11:"constructor";s:1:"y";}}}}}',
    ],
    ['csv', '# visitors-list\n# 2024-10-29\nTime,Session Id,__proto__,Custom\n1,2,yes,__proto__=x&constructor=y\n'],
  ] as const)('%s', (format, body) => {
    const item = decode(body, { format })['visitors-list']?.[0]?.items[0] as Record<string, unknown>;
    expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
    expect(Object.hasOwn(item, '__proto__')).toBe(true);
    expect((item as { polluted?: unknown }).polluted).toBeUndefined();
    const custom = item.custom as Record<string, unknown>;
    expect(Object.getPrototypeOf(custom)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(custom, '__proto__')?.value).toBe('x');
    expect(custom.constructor).toBe('y');
  });

  it('a __proto__ type name does not become a prototype', () => {
    const r = decode('[{"type":"__proto__","dates":[]}]') as Record<string, unknown>;
    expect(Object.getPrototypeOf(r)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(r, '__proto__')?.value).toEqual([]);
  });
});

describe('bytes that are not UTF-8', () => {
  it.each(FORMATS)('%s: invalid UTF-8 is refused', (format) => {
    const bytes = new TextEncoder().encode(bodies[format]);
    const broken = new Uint8Array([...bytes.slice(0, 40), 0xff, 0xfe, 0xc3, ...bytes.slice(40)]);
    expect(outcome(broken, format)).toBe('decode');
    expect(outcome(bytes, format)).toBe('ok');
  });
});

describe('a 50 MB body', () => {
  const big = (format: OutputFormat): string => {
    const item = {
      time: 1656520164,
      time_pretty: 'Wed Jun 29 2022, 12:29p',
      time_total: 84,
      ip_address: '24.34.108.0',
      uid: '1313781915',
      session_id: 247859048,
      actions: 2,
      total_visits: 1,
      first_visit: { time: 1656520164, session_id: 247859048 },
      landing_page: 'http://dvci.github.io/shc-web-verifier/',
      web_browser: 'Google Chrome 103.0',
      operating_system: 'Mac OS X',
      screen_resolution: '1792x1120',
      javascript: true,
      language: 'English',
      referrer_type: 'direct',
      geolocation: 'Arlington, Massachusetts, USA',
      country_code: 'us',
      latitude: 42.4188,
      longitude: -71.1557,
      hostname: 'comcast.net',
      organization: 'Comcast Cable',
      stats_url: 'https://clicky.com/stats/visitors-actions?site_id=101369228&session_id=247859048',
    };
    const sized = (n: number): number =>
      encode(
        {
          'visitors-list': [
            {
              date: '2024-10-29',
              start: '2024-10-29',
              end: '2024-10-29',
              items: Array.from({ length: n }, () => item),
            },
          ],
        },
        { format },
      ).length;
    const count = Math.ceil((50 * 1024 * 1024) / (sized(2) - sized(1)));
    return encode(
      {
        'visitors-list': [
          {
            date: '2024-10-29',
            start: '2024-10-29',
            end: '2024-10-29',
            items: Array.from({ length: count }, () => ({ ...item, first_visit: { ...item.first_visit } })),
          },
        ],
      },
      { format },
    );
  };

  it.each(FORMATS)(
    '%s decodes correctly',
    (format) => {
      const body = big(format);
      expect(body.length).toBeGreaterThan(50 * 1024 * 1024 * 0.95);
      const r = decode(body, { format, types: ['visitors-list'] });
      const items = r['visitors-list'][0]?.items ?? [];
      expect(items.length).toBeGreaterThan(40_000);
      expect(items.at(-1)?.first_visit?.session_id).toBe(247859048);
    },
    60_000,
  );

  it('50 MB of garbage fails fast in every format', () => {
    const garbage = 'x,"<a:1:{['.repeat(5 * 1024 * 1024);
    for (const format of FORMATS) expect(outcome(garbage, format)).toBe('decode');
  }, 60_000);
});

describe('fuzzing', () => {
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), char: fc.integer({ min: 0, max: 0x2fff }) }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 40 }) }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.constantFrom(
        '<',
        '>',
        '"',
        ',',
        '\n',
        ';',
        '{',
        '}',
        'a:9:{',
        's:99:"',
        '<item>',
        '</date>',
        '&amp;',
        '&#0;',
        ']]>',
        '__proto__',
        '#',
        'N;',
        '[',
        ']',
        '\\',
        '\ud800',
      ),
    }),
    fc.record({
      kind: fc.constant('splice' as const),
      at: fc.nat(),
      from: fc.nat(),
      len: fc.integer({ min: 1, max: 200 }),
    }),
  );
  type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;
  const apply = (body: string, muts: readonly Mutation[]): string => {
    let s = body;
    for (const m of muts) {
      const at = s.length === 0 ? 0 : m.at % s.length;
      if (m.kind === 'flip') s = s.slice(0, at) + String.fromCharCode(m.char) + s.slice(at + 1);
      else if (m.kind === 'delete') s = s.slice(0, at) + s.slice(at + m.len);
      else if (m.kind === 'insert') s = s.slice(0, at) + m.text + s.slice(at);
      else {
        const from = s.length === 0 ? 0 : m.from % s.length;
        s = s.slice(0, at) + s.slice(from, from + m.len) + s.slice(at);
      }
    }
    return s;
  };
  const seeds = fc.sample(result(false), { numRuns: 20, seed: 99 });

  it.each(FORMATS)(
    '%s: 10,000 mutated bodies decode or fail with a ClickyError',
    (format) => {
      const encoded = seeds.map((r) => encode(r, { format }));
      const counts = { ok: 0, decode: 0, api: 0 };
      fc.assert(
        fc.property(
          fc.nat({ max: encoded.length - 1 }),
          fc.array(mutation, { minLength: 1, maxLength: 4 }),
          (i, muts) => {
            counts[outcome(apply(encoded[i] as string, muts), format)]++;
          },
        ),
        { numRuns: 10_000 },
      );
      expect(counts.ok + counts.decode + counts.api).toBe(10_000);
      expect(counts.decode).toBeGreaterThan(1000);
    },
    120_000,
  );

  it('random text in every format fails with a ClickyError', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom(...FORMATS), (body, format) => {
        outcome(body, format);
      }),
      { numRuns: 10_000 },
    );
  });
});

it('ClickyDecodeError is a ClickyError with where it stopped', () => {
  try {
    decode('[{"type":"pages","dates":[{"date":"yesterday","items":[]}]}]');
    expect.unreachable();
  } catch (e) {
    expect(e).toBeInstanceOf(ClickyError);
    expect((e as ClickyDecodeError).path).toBe('pages[0].date');
  }
});
