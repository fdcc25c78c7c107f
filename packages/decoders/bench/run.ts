// `pnpm bench` for decoders: a 5,000-visitor visitors-list in every format, decoded by @clicky-sdk/decoders and
// by the npm peers, in one process; ratios are to bare JSON.parse of the same data as JSON.
import { createRequire } from 'node:module';
import { type BenchCase, compare, printResults } from '@clicky-sdk/bench';
import { decode, encode } from '@clicky-sdk/decoders';
import { parse as csvParse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import unserializeLocutus from 'locutus/php/var/unserialize.js';
import Papa from 'papaparse';
import { unserialize as phpSerializeUnserialize } from 'php-serialize';
import { result } from './fixture.ts';

const body = {
  json: encode(result, { format: 'json' }),
  xml: encode(result, { format: 'xml' }),
  php: encode(result, { format: 'php' }),
  csv: encode(result, { format: 'csv' }),
};
const bytes = (s: string): number => new TextEncoder().encode(s).length;
const types = ['visitors-list'] as const;

// phpunserialize is a UMD bundle whose module.exports is the function itself.
const phpUnserialize = createRequire(import.meta.url)('phpunserialize') as (text: string) => unknown;
const fxpDefault = new XMLParser();
const fxpTuned = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  trimValues: false,
  processEntities: false,
  ignoreDeclaration: true,
});

for (const [format, text] of Object.entries(body))
  console.log(`${format.padEnd(4)} body: ${(bytes(text) / 1e6).toFixed(2)} MB`);

const baseline: BenchCase = { name: 'JSON.parse (baseline)', fn: () => JSON.parse(body.json), bytes: bytes(body.json) };
const cases: BenchCase[] = [
  { name: 'json: decoders.decode', fn: () => decode(body.json, { format: 'json', types }), bytes: bytes(body.json) },
  { name: 'php:  decoders.decode', fn: () => decode(body.php, { format: 'php', types }), bytes: bytes(body.php) },
  { name: 'php:  phpunserialize', fn: () => phpUnserialize(body.php), bytes: bytes(body.php) },
  { name: 'php:  php-serialize', fn: () => phpSerializeUnserialize(body.php), bytes: bytes(body.php) },
  { name: 'php:  locutus unserialize', fn: () => unserializeLocutus(body.php), bytes: bytes(body.php) },
  { name: 'csv:  decoders.decode', fn: () => decode(body.csv, { format: 'csv', types }), bytes: bytes(body.csv) },
  { name: 'csv:  papaparse (arrays)', fn: () => Papa.parse(body.csv), bytes: bytes(body.csv) },
  {
    name: 'csv:  csv-parse (arrays)',
    fn: () => csvParse(body.csv, { relax_column_count: true }),
    bytes: bytes(body.csv),
  },
  { name: 'xml:  decoders.decode', fn: () => decode(body.xml, { format: 'xml', types }), bytes: bytes(body.xml) },
  { name: 'xml:  fast-xml-parser (default)', fn: () => fxpDefault.parse(body.xml), bytes: bytes(body.xml) },
  { name: 'xml:  fast-xml-parser (tuned)', fn: () => fxpTuned.parse(body.xml), bytes: bytes(body.xml) },
];

printResults(
  'decoders: 5,000-visitor visitors-list, every field filled',
  compare(baseline, cases, { rounds: 5, roundMs: 300 }),
);
