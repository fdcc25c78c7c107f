// The size guard: createClient + stats + full validation + JSON decoding must not grow past the size measured when
// the guard was set plus 3% (esbuild, min+gzip). Prints the figure, the 6 KB target beside it, and the breakdown
// by module on every run.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUDGET_GZ_BYTES, type BundleSize, formatBundle, measureBundle } from './bundle-size.ts';

const here = dirname(fileURLToPath(import.meta.url));
const decodersExports = JSON.parse(readFileSync(join(here, '../../decoders/package.json'), 'utf8')).exports;
/** The guard is enforced once decoders offers a JSON-only entry point the browser package can import. */
const jsonOnlyEntry = Object.hasOwn(decodersExports, './json');

let size: BundleSize;

describe('the browser bundle', () => {
  it('is measured, and printed with its breakdown', async () => {
    size = await measureBundle(join(here, 'bundle/entry.ts'));
    console.log(formatBundle(size));
    expect(size.gzBytes).toBeGreaterThan(1000);
    expect(size.modules.some((m) => m.path.includes('client/exchange'))).toBe(true);
  }, 60_000);

  it.runIf(jsonOnlyEntry)('carries no other format than JSON', () => {
    const others = size.modules.filter((m) =>
      /fast-xml-parser|formats\/(xml|php|csv)|php-values|xml-scan/.test(m.path),
    );
    expect(others).toEqual([]);
  });

  it.runIf(jsonOnlyEntry)(`stays within its guard of ${(BUDGET_GZ_BYTES / 1024).toFixed(2)} KB min+gzip`, () => {
    expect(size.gzBytes).toBeLessThanOrEqual(BUDGET_GZ_BYTES);
  });
});
