// The layouts public clients show (the spec's quirks): hourly tallies per format, visitor goals under either
// spelling, error bodies as a list, one object or a bare string, and the order of types and dates kept.
import { ClickyApiError, ClickyDecodeError, type DataType, type OutputFormat } from '@clicky-sdk/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, decodeStream, encode } from '../src/index.ts';
import { hourlyTallies } from './arbitraries.ts';

const FORMATS: OutputFormat[] = ['json', 'xml', 'php', 'csv'];
const s = (v: string | number): string => `s:${String(v).length}:"${v}";`;

async function* bytes(text: string, size: number): AsyncGenerator<Uint8Array> {
  const all = new TextEncoder().encode(text);
  for (let i = 0; i < all.length; i += size) yield all.slice(i, i + size);
}

/** A day of 24 hourly values in serialized PHP, keys in the order given. */
const phpHours = (type: string, hours: readonly [number, number][]): string =>
  `a:1:{${s(type)}a:1:{${s('2024-10-29')}a:1:{i:0;a:1:{${s('value')}a:${hours.length}:{${hours
    .map(([h, v]) => `i:${h};${s(v)}`)
    .join('')}}}}}}`;
const HOURS = Array.from({ length: 24 }, (_, h) => h);
const countOf = (h: number): number => (h * 7) % 11;

describe('hourly tallies (quirks hourly-items, hourly-newest-first)', () => {
  const newestFirst = [...HOURS].reverse().map((h) => ({ value: countOf(h) }));

  it('PHP: one item whose value is hour => value decodes to one item per hour, newest first', async () => {
    const body = phpHours(
      'actions-pageviews',
      [...HOURS].reverse().map((h) => [h, countOf(h)]),
    );
    const r = decode(body, { format: 'php', types: ['actions-pageviews'] });
    expect(r['actions-pageviews'][0]?.items).toEqual(newestFirst);
    expect(await decodeStream(bytes(body, 7), { format: 'php', types: ['actions-pageviews'] })).toStrictEqual(r);
  });

  it('PHP: the hour keys decide the order, whatever order they are written in (a plain list is hour 0 first)', () => {
    const ascending = phpHours(
      'visitors',
      HOURS.map((h) => [h, countOf(h)]),
    );
    expect(decode(ascending, { format: 'php' }).visitors?.[0]?.items).toEqual(newestFirst);
  });

  it('PHP: refuses hour keys outside 0-23, and an hourly item holding more than its value', () => {
    expect(() => decode(phpHours('visitors', [[24, 1]]), { format: 'php' })).toThrow(ClickyDecodeError);
    expect(() => decode(phpHours('visitors', [[-1, 1]]), { format: 'php' })).toThrow(ClickyDecodeError);
    const withTitle = `a:1:{${s('visitors')}a:1:{${s('2024-10-29')}a:1:{i:0;a:2:{${s('title')}${s('x')}${s('value')}a:1:{i:3;${s(1)}}}}}}`;
    expect(() => decode(withTitle, { format: 'php' })).toThrow(/an hourly item holding only its value/);
  });

  it('PHP: a value that is not a list stays one item (a daily tally)', () => {
    const daily = `a:1:{${s('visitors')}a:1:{${s('2024-10-29')}a:1:{i:0;a:1:{${s('value')}${s(42)}}}}}`;
    expect(decode(daily, { format: 'php' }).visitors?.[0]?.items).toEqual([{ value: 42 }]);
  });

  it('encodes per format: JSON an item per hour, XML and PHP one item holding the hours, CSV a line per hour', () => {
    const tree = { visitors: [{ date: '2024-10-29', start: '2024-10-29', end: '2024-10-29', items: newestFirst }] };
    const flags = { hourly: true, daily: true };
    expect(JSON.parse(encode(tree, { format: 'json', ...flags }))[0].dates[0].items).toHaveLength(24);
    expect(encode(tree, { format: 'xml', ...flags })).toMatch(/<item>(<value>\d+<\/value>){24}<\/item>/);
    expect(encode(tree, { format: 'php', ...flags })).toContain(
      `a:1:{i:0;a:1:{s:5:"value";a:24:{i:23;${s(countOf(23))}`,
    );
    const csv = encode(tree, { format: 'csv', ...flags })
      .trim()
      .split('\n');
    expect(csv[0]).toBe('# visitors');
    expect(csv.slice(1)).toEqual(newestFirst.map((h) => `2024-10-29,${h.value}`));
    // Without hourly, PHP keeps the plain list of items.
    expect(encode(tree, { format: 'php' })).toContain('a:24:{i:0;a:1:{s:5:"value";');
  });

  it('round-trips any hourly result through every format, whole and streamed', async () => {
    await fc.assert(
      fc.asyncProperty(hourlyTallies, async (tree) => {
        const types = Object.keys(tree) as DataType[];
        for (const format of FORMATS) {
          const body = encode(tree, { format, hourly: true, daily: true });
          expect(decode(body, { format, types }), `${format}:\n${body}`).toStrictEqual(tree);
          expect(await decodeStream(bytes(body, 5), { format, types })).toStrictEqual(tree);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('CSV: refuses more than 24 lines for one date', () => {
    const lines = Array.from({ length: 25 }, () => '2024-10-29,1');
    expect(() => decode(`# visitors\n${lines.join('\n')}\n`, { format: 'csv' })).toThrow(/at most 24/);
  });
});

describe('CSV daily tallies (quirk csv-layout)', () => {
  const daily = '2024-10-29,12\n2024-10-28,9\n';

  it('reads "date,value" lines under a "# TYPE" line', () => {
    expect(decode(`# visitors\n${daily}`, { format: 'csv' }).visitors?.map((g) => g.items)).toEqual([
      [{ value: 12 }],
      [{ value: 9 }],
    ]);
  });

  it('reads bare "date,value" lines as the one type requested, and refuses them when the type is not known', () => {
    const r = decode(daily, { format: 'csv', types: ['visitors'] });
    expect(r.visitors.map((g) => [g.date, g.items])).toEqual([
      ['2024-10-29', [{ value: 12 }]],
      ['2024-10-28', [{ value: 9 }]],
    ]);
    expect(() => decode(daily, { format: 'csv' })).toThrow(ClickyDecodeError);
    expect(() => decode(daily, { format: 'csv', types: ['visitors', 'actions'] })).toThrow(ClickyDecodeError);
  });
});

describe('visitor goals under either spelling (quirk goals-hierarchy)', () => {
  const expected = { completed: ['Signup', 'Buy'], incompleted: ['Upsell'], revenue: 12.5 };
  const visit = (goals: Record<string, unknown>): Record<string, unknown> => ({
    time: '1656520164',
    session_id: '247859048',
    goals,
  });
  const json = (goals: Record<string, unknown>): string =>
    JSON.stringify([{ type: 'visitors-list', dates: [{ date: '2024-10-29', items: [visit(goals)] }] }]);
  const goalsOf = (body: string, format: OutputFormat): unknown =>
    decode(body, { format, types: ['visitors-list'] })['visitors-list'][0]?.items[0]?.goals;

  it('JSON: goals_completed / goals_incompleted read as completed / incompleted', () => {
    const wire = { goals_completed: ['Signup', 'Buy'], goals_incompleted: ['Upsell'], revenue: '12.5' };
    expect(goalsOf(json(wire), 'json')).toStrictEqual(expected);
    expect(
      goalsOf(json({ completed: ['Signup', 'Buy'], incompleted: ['Upsell'], revenue: '12.5' }), 'json'),
    ).toStrictEqual(expected);
  });

  it('the field’s own name wins when both spellings are sent', () => {
    expect(goalsOf(json({ completed: ['A'], goals_completed: ['B'] }), 'json')).toStrictEqual({ completed: ['A'] });
  });

  it('XML, PHP and CSV read the reference’s spelling too', () => {
    const xml = `<response status="ok"><type type="visitors-list"><date date="2024-10-29"><item><time>1656520164</time><session_id>247859048</session_id><goals><goals_completed><goal>Signup</goal><goal>Buy</goal></goals_completed><goals_incompleted><goal>Upsell</goal></goals_incompleted><revenue>12.5</revenue></goals></item></date></type></response>`;
    expect(goalsOf(xml, 'xml')).toStrictEqual(expected);
    const php = `a:1:{${s('visitors-list')}a:1:{${s('2024-10-29')}a:1:{i:0;a:3:{${s('time')}${s(1656520164)}${s('session_id')}${s(247859048)}${s('goals')}a:3:{${s('goals_completed')}a:2:{i:0;${s('Signup')}i:1;${s('Buy')}}${s('goals_incompleted')}a:1:{i:0;${s('Upsell')}}${s('revenue')}${s('12.5')}}}}}}`;
    expect(goalsOf(php, 'php')).toStrictEqual(expected);
    const csv =
      '# visitors-list\n# 2024-10-29\nTime,Session Id,Goals Goals Completed,Goals Goals Incompleted,Goals Revenue\n1656520164,247859048,"Signup,Buy",Upsell,12.5\n';
    expect(goalsOf(csv, 'csv')).toStrictEqual(expected);
  });
});

describe('error bodies (quirks error-body, error-body-variants)', () => {
  it.each([
    ['a list holding {error}', '[{"error":"Invalid sitekey."}]'],
    ['one {error} object', '{"error":"Invalid sitekey."}'],
    ['a bare JSON string', '"Invalid sitekey."'],
  ])('JSON: %s is the API error, whole and streamed', async (_name, body) => {
    expect(() => decode(body, { format: 'json' })).toThrow(expect.objectContaining({ apiMessage: 'Invalid sitekey.' }));
    await expect(decodeStream(bytes(body, 3), { format: 'json' })).rejects.toThrow(ClickyApiError);
  });

  it('JSON: an empty string is not an error message', () => {
    expect(() => decode('""', { format: 'json' })).toThrow(ClickyDecodeError);
  });

  it.each([
    ['an <error> element', '<response status="error"><error>Invalid sitekey.</error></response>'],
    ['the bare message', '<response status="error">Invalid sitekey.</response>'],
  ])('XML: <response status="error"> holding %s', (_name, body) => {
    expect(() => decode(body, { format: 'xml' })).toThrow(expect.objectContaining({ apiMessage: 'Invalid sitekey.' }));
  });
});

describe('order kept (quirks types-in-request-order, dates-newest-first)', () => {
  const group = (date: string, value: number) => ({ date, start: date, end: date, items: [{ value }] });
  const tree = {
    pages: [
      {
        ...group('2024-10-29', 1),
        items: [
          { title: 'b', value: 2 },
          { title: 'a', value: 1 },
        ],
      },
    ],
    visitors: [group('2024-10-29', 3), group('2024-10-28', 2), group('2024-10-27', 1)],
    actions: [group('2024-10-29', 6), group('2024-10-28', 5), group('2024-10-27', 4)],
  };

  it.each(FORMATS)('%s: types in the order the body names them, dates and items as sent', (format) => {
    const body = encode(tree, { format, daily: true });
    const r = decode(body, { format });
    expect(Object.keys(r)).toEqual(['pages', 'visitors', 'actions']);
    expect(r.visitors?.map((g) => g.date)).toEqual(['2024-10-29', '2024-10-28', '2024-10-27']);
    expect(r.pages?.[0]?.items.map((i) => (i as { title: string }).title)).toEqual(['b', 'a']);
    const reordered = { actions: tree.actions, pages: tree.pages };
    expect(Object.keys(decode(encode(reordered, { format }), { format }))).toEqual(['actions', 'pages']);
  });
});
