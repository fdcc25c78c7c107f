// Real PHP as the oracle: PHP's own serialize() of generated trees must read back as PHP's json_encode() of the
// same trees. CI installs php-cli; elsewhere the test is skipped, loudly, when PHP is missing.
import { execFileSync } from 'node:child_process';
import type { DataType } from '@clicky-sdk/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, encode, phpUnserialize } from '../src/index.ts';
import { result, text } from './arbitraries.ts';

function findPhp(): string | undefined {
  try {
    execFileSync('php', ['-v'], { stdio: 'ignore' });
    return 'php';
  } catch {
    if (process.env.CI) throw new Error('php-cli is required in CI for the PHP oracle test (apt-get install php-cli)');
    console.warn('php not found: skipping the PHP oracle tests (CI installs php-cli)');
    return undefined;
  }
}
const php = findPhp();

function runPhp(script: string, input: unknown): unknown {
  const out = execFileSync(php as string, ['-d', 'serialize_precision=-1', '-r', script], {
    input: JSON.stringify(input),
    maxBuffer: 64 << 20,
  });
  return JSON.parse(out.toString('utf8'));
}

const phpValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
    text,
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(text, fc.stringMatching(/^[0-9]{1,3}$/)), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe.skipIf(php === undefined)('PHP as the oracle', () => {
  it("reads PHP's serialize() exactly as PHP's json_encode() sees the same data", () => {
    const trees = fc.sample(phpValue, { numRuns: 400, seed: 20261126 });
    const pairs = runPhp(
      'echo json_encode(array_map(fn($x) => [serialize($x), json_encode($x)], json_decode(file_get_contents("php://stdin"), true)));',
      trees,
    ) as [string, string][];
    expect(pairs).toHaveLength(trees.length);
    for (const [serialized, json] of pairs) expect(phpUnserialize(serialized), serialized).toEqual(JSON.parse(json));
  });

  it('decodes PHP-serialized API answers like the same answers in JSON', () => {
    const results = fc.sample(result(false), { numRuns: 120, seed: 7 });
    // PHP builds its own layout (type => date => items) from the JSON layout, then serializes it.
    const script = `
      $out = [];
      foreach (json_decode(file_get_contents("php://stdin"), true) as $body) {
        $tree = [];
        foreach ($body as $type) { $dates = []; foreach ($type["dates"] as $d) { $dates[$d["date"]] = $d["items"]; } $tree[$type["type"]] = $dates; }
        $out[] = serialize($tree);
      }
      echo json_encode($out);`;
    const bodies = results.map((r) => JSON.parse(encode(r, { format: 'json' })) as unknown);
    const serialized = runPhp(script, bodies) as string[];
    results.forEach((r, i) => {
      const types = Object.keys(r) as DataType[];
      expect(decode(serialized[i] as string, { format: 'php', types })).toStrictEqual(
        decode(encode(r, { format: 'json' }), { format: 'json', types }),
      );
      expect(serialized[i]).toBe(encode(r, { format: 'php' }));
    });
  });
});
