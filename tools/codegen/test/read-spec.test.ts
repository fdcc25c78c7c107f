// Broken specs are refused with an error that names the spec path of each problem.
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SpecError } from '../src/read/context.ts';
import { readSpec } from '../src/read/read-spec.ts';

const here = dirname(fileURLToPath(import.meta.url));
const fixture = parse(await readFile(join(here, 'fixtures/mini.openapi.yaml'), 'utf8')) as Record<string, any>;

type Mutation = (doc: Record<string, any>) => void;
const params = (d: Record<string, any>): any[] => d.paths['/api/stats/4'].get.parameters;

const cases: [string, Mutation, RegExp][] = [
  [
    'an item key naming a field that is not a required scalar',
    (d) => (d.components.schemas.ListItem['x-clicky-key'] = ['tags']),
    /components\.schemas\.ListItem\.x-clicky-key: tags is not a required scalar field of the shape/,
  ],
  [
    'an item key that is not a list of names',
    (d) => (d.components.schemas.ListItem['x-clicky-key'] = 'time'),
    /components\.schemas\.ListItem\.x-clicky-key: must be a list of distinct field names/,
  ],
  [
    'an unknown $ref',
    (d) => (d['x-clicky-data-types'].pages.item.$ref = '#/components/schemas/Nope'),
    /x-clicky-data-types\.pages\.item\.\$ref: unknown ref "#\/components\/schemas\/Nope"/,
  ],
  [
    'a type without category',
    (d) => delete d['x-clicky-data-types'].pages.category,
    /x-clicky-data-types\.pages\.category: missing/,
  ],
  [
    'a type with a bad category',
    (d) => (d['x-clicky-data-types'].pages.category = 'top'),
    /x-clicky-data-types\.pages\.category: missing or not one of/,
  ],
  [
    'a type without item schema',
    (d) => delete d['x-clicky-data-types'].pages.item,
    /x-clicky-data-types\.pages\.item: missing item schema/,
  ],
  [
    'a type with an unknown key',
    (d) => (d['x-clicky-data-types'].pages.hourlyy = true),
    /x-clicky-data-types\.pages\.hourlyy: unknown key/,
  ],
  [
    'a parameter without applicability',
    (d) => delete params(d)[2]['x-clicky-applies-to'],
    /parameters\[2\] \(limit\)\.x-clicky-applies-to: missing/,
  ],
  [
    'an unknown applicability selector',
    (d) => (params(d)[2]['x-clicky-applies-to'] = ['category:nope', 'pagez']),
    /unknown category nope[\s\S]*unknown data type or selector "pagez"/,
  ],
  [
    'a parameter without kind',
    (d) => delete params(d)[0]['x-clicky-kind'],
    /parameters\[0\] \(site_id\)\.x-clicky-kind: missing/,
  ],
  ['a duplicate parameter', (d) => params(d).push({ ...params(d)[0] }), /duplicate parameter site_id/],
  ['an unknown rule', (d) => (params(d)[3]['x-clicky-rules'] = ['sometimes']), /unknown rule "sometimes"/],
  [
    'an empty value from a split flow mapping',
    (d) => (d.components.schemas.TallyItem.properties.value['average or percent.'] = null),
    /TallyItem\.properties\.value\.average or percent\.: empty value/,
  ],
  ['a non-3.1 document', (d) => (d.openapi = '3.0.3'), /openapi: must be 3\.1\.x/],
  [
    'an unsupported field type',
    (d) => (d.components.schemas.ListItem.properties.tags.items = { type: 'integer' }),
    /ListItem\.properties\.tags: only lists of strings/,
  ],
  [
    'a type on a plan that is not a plan',
    (d) => (d['x-clicky-data-types'].visitors.plan = 'gold'),
    /x-clicky-data-types\.visitors\.plan: names no plan of x-clicky-plans \(gold\)/,
  ],
  [
    'plan evidence without a plan',
    (d) => (d['x-clicky-data-types'].visitors['plan-evidence'] = 'weak'),
    /x-clicky-data-types\.visitors\.plan-evidence: only `weak`, and only beside a plan/,
  ],
  [
    'plan evidence other than weak',
    (d) => (d['x-clicky-data-types'].pages['plan-evidence'] = 'strong'),
    /x-clicky-data-types\.pages\.plan-evidence: only `weak`/,
  ],
  [
    'an hourly rule applying to a type without hourly data',
    (d) => (params(d)[3]['x-clicky-applies-to'] = ['visitors', 'pages']),
    /\(hourly\)\.x-clicky-applies-to: must name exactly the hourly types \(visitors\)/,
  ],
  [
    'an hourly type the hourly rule leaves out',
    (d) => (d['x-clicky-data-types'].pages.hourly = true),
    /\(hourly\)\.x-clicky-applies-to: must name exactly the hourly types \(visitors, pages\)/,
  ],
  [
    'a quirk without strength',
    (d) => delete d['x-clicky-quirks'][0].strength,
    /x-clicky-quirks\[0\]\.strength: missing or not one of strong, medium, weak/,
  ],
  [
    'a duplicate quirk',
    (d) => d['x-clicky-quirks'].push({ ...d['x-clicky-quirks'][0] }),
    /x-clicky-quirks\[1\]: duplicate id strings/,
  ],
  [
    'wire names that are not a list of names',
    (d) => (d.components.schemas.ListItem.properties.tags['x-clicky-wire-names'] = 'labels'),
    /ListItem\.properties\.tags\.x-clicky-wire-names: expected a list of field names/,
  ],
  [
    'a wire name that is already a field',
    (d) => (d.components.schemas.ListItem.properties.tags['x-clicky-wire-names'] = ['flag']),
    /ListItem\.properties\.tags\.x-clicky-wire-names: flag already names a field/,
  ],
  [
    'a default plan that is not a plan',
    (d) => (d['x-clicky-plans'].default = 'gold'),
    /x-clicky-plans\.default: names no plan \(gold\)/,
  ],
];

describe('spec validation', () => {
  it('accepts the fixture', () => {
    const model = readSpec(structuredClone(fixture), 'mini.yaml');
    expect(model.dataTypes.map((t) => t.name)).toEqual(['visitors', 'pages', 'visitors-list']);
    expect(model.params.map((p) => p.name)).toEqual(['site_id', 'type', 'limit', 'hourly', 'output', 'sitekey']);
    expect(model.segmentNames).toEqual(['visitors', 'pages', 'summary']);
    expect(model.dataTypes.map((t) => [t.name, t.plan, t.planEvidence])).toEqual([
      ['visitors', undefined, undefined],
      ['pages', 'premium', 'weak'],
      ['visitors-list', undefined, undefined],
    ]);
    const list = model.shapes.find((s) => s.name === 'ListItem');
    expect(list?.fields.find((f) => f.name === 'tags')?.wireNames).toEqual(['labels']);
  });

  it.each(cases)('refuses %s, naming the path', (_name, mutate, message) => {
    const doc = structuredClone(fixture);
    mutate(doc);
    let error: unknown;
    try {
      readSpec(doc, 'mini.yaml');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).message).toMatch(/^mini\.yaml is not a valid clicky spec/);
    expect((error as SpecError).message).toMatch(message);
  });

  it('reports every problem at once', () => {
    const doc = structuredClone(fixture);
    delete doc['x-clicky-data-types'].pages.category;
    delete params(doc)[2]['x-clicky-applies-to'];
    try {
      readSpec(doc, 'mini.yaml');
      expect.unreachable();
    } catch (e) {
      expect((e as SpecError).problems).toHaveLength(2);
    }
  });
});
