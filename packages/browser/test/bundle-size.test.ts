// The size budget: createClient + stats + full validation + JSON decoding <= 6 KB min+gzip (esbuild). Prints the
// figure and the breakdown by module on every run.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUDGET_GZ_BYTES, type BundleSize, formatBundle, measureBundle } from './bundle-size.ts';

const here = dirname(fileURLToPath(import.meta.url));
const decodersExports = JSON.parse(readFileSync(join(here, '../../decoders/package.json'), 'utf8')).exports;
/** The budget is enforced once decoders offers a JSON-only entry point the browser package can import. */
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

  it.runIf(jsonOnlyEntry)(`fits ${BUDGET_GZ_BYTES / 1024} KB min+gzip`, () => {
    expect(size.gzBytes).toBeLessThanOrEqual(BUDGET_GZ_BYTES);
  });
});
