// fast-check arbitraries for result trees, built from the generated field tables.

import { DATA_TYPE_NAMES, DATA_TYPES, type FieldSpec, type ShapeSpec } from '@clicky-sdk/core';
import fc from 'fast-check';
import { SHAPES, TYPE_SHAPES } from '../src/index.ts';

/** Text the API could send: printable ASCII, separators every format treats specially, and non-ASCII. */
const unit = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(',', '"', "'", '&', '<', '>', '#', ';', ':', '{', '}', '\n', '\t', '%', '=', '|', ']]>'),
  },
  { weight: 1, arbitrary: fc.constantFrom('é', 'ü', 'ß', '中', '文', '😀', '\u00a0', 'Ω') },
);
export const text = fc.string({ unit, minLength: 1, maxLength: 24 });
const key = fc.stringMatching(/^[a-z_][a-z0-9_]{0,8}$/);
const integer = fc.integer({ min: -1_000_000, max: 2_000_000_000 });
const decimal = fc
  .double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true })
  .filter((d) => !Object.is(d, -0));

function fieldValue(spec: FieldSpec, multiValues: boolean): fc.Arbitrary<unknown> {
  if (spec === 'integer') return integer;
  if (spec === 'number') return decimal;
  if (spec === 'boolean') return fc.boolean();
  // An empty string is a value too ("" in JSON, s:0:"" in PHP, <x></x> in XML, a quoted "" in CSV).
  if (spec === 'string') return fc.oneof({ weight: 9, arbitrary: text }, { weight: 1, arbitrary: fc.constant('') });
  if (spec === 'string-map') {
    const value: fc.Arbitrary<string | string[]> = multiValues ? fc.array(text, { minLength: 1, maxLength: 3 }) : text;
    return fc.dictionary(key, value, { minKeys: 1, maxKeys: 3 }).map((d) => structuredClone(d));
  }
  if ('list' in spec) return fc.array(text, { minLength: 1, maxLength: 3 });
  return item(SHAPES[spec.object] as ShapeSpec, multiValues);
}

export function item(shape: ShapeSpec, multiValues: boolean): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.entries(shape.fields);
  const record: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, spec] of fields) record[name] = fieldValue(spec, multiValues);
  const requiredKeys = shape.required.length > 0 ? [...shape.required] : [fields[0]?.[0] as string];
  // fc.record builds null-prototype objects; results are plain objects, and toStrictEqual compares prototypes.
  return fc.record(record, { requiredKeys }).map((r) => structuredClone(r));
}

const day = fc
  .integer({ min: Date.UTC(2005, 0, 1) / 864e5, max: Date.UTC(2030, 11, 31) / 864e5 })
  .map((d) => new Date(d * 864e5).toISOString().slice(0, 10));
const dateLabel = fc.oneof(
  day,
  fc.tuple(day, day).map(([a, b]) => (a <= b ? `${a},${b}` : `${b},${a}`)),
);
const bounds = (label: string): { start: string; end: string } => {
  const [start, end] = label.split(',') as [string, string?];
  return { start, end: end ?? start };
};

/** A decoded result: 1-3 distinct types (or segments), each with date groups of items. */
export function result(
  multiValues: boolean,
): fc.Arbitrary<Record<string, { date: string; start: string; end: string; items: Record<string, unknown>[] }[]>> {
  const typeNames = Object.keys(TYPE_SHAPES).filter((t) => t !== 'segmentation');
  return fc.uniqueArray(fc.constantFrom(...typeNames), { minLength: 1, maxLength: 3 }).chain((types) =>
    fc
      .tuple(
        ...types.map((type) =>
          // A type's date labels are unique (PHP keys its groups by them).
          fc.uniqueArray(
            fc
              .tuple(
                dateLabel,
                fc.array(item(SHAPES[TYPE_SHAPES[type] as string] as ShapeSpec, multiValues), { maxLength: 4 }),
              )
              .map(([date, items]) => ({ date, ...bounds(date), items })),
            { minLength: 1, maxLength: 3, selector: (g) => g.date },
          ),
        ),
      )
      .map((groups) => Object.fromEntries(types.map((t, i) => [t, groups[i] ?? []]))),
  );
}

/** A daily tally-only result: one item with only a value per day, the CSV "date,value" layout. */
export const dailyTallies = fc
  .uniqueArray(
    fc.constantFrom(...DATA_TYPE_NAMES.filter((t) => DATA_TYPES[t].category === 'tally' && !t.endsWith('-pretty'))),
    { minLength: 1, maxLength: 3 },
  )
  .chain((types) =>
    fc
      .tuple(
        ...types.map(() =>
          fc
            .uniqueArray(day, { minLength: 1, maxLength: 7 })
            .chain((days) =>
              fc.tuple(...days.map((d) => decimal.map((value) => ({ date: d, start: d, end: d, items: [{ value }] })))),
            ),
        ),
      )
      .map((groups) => Object.fromEntries(types.map((t, i) => [t, groups[i] ?? []]))),
  );

/** An hourly result (hourly=1): 1-3 hourly types, 1-3 days newest first, 1-24 hours each holding only a value. */
export const hourlyTallies = fc
  .uniqueArray(fc.constantFrom(...DATA_TYPE_NAMES.filter((t) => DATA_TYPES[t].hourly)), { minLength: 1, maxLength: 3 })
  .chain((types) =>
    fc
      .tuple(
        ...types.map(() =>
          fc
            .uniqueArray(day, { minLength: 1, maxLength: 3 })
            .map((days) => [...days].sort().reverse())
            .chain((days) =>
              fc.tuple(
                ...days.map((d) =>
                  fc
                    .array(fc.nat({ max: 5000 }), { minLength: 1, maxLength: 24 })
                    .map((hours) => ({ date: d, start: d, end: d, items: hours.map((value) => ({ value })) })),
                ),
              ),
            ),
        ),
      )
      .map((groups) => Object.fromEntries(types.map((t, i) => [t, groups[i] ?? []]))),
  );
