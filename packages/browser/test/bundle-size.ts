// The browser bundle's size: createClient + stats + full validation + JSON decoding, minified with esbuild and
// gzipped, with the breakdown by module. Printed by the size test and by `pnpm bench`.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** The target: createClient + stats + full validation + JSON decoding in 6 KB min+gzip. Not reached (README, Size). */
export const TARGET_GZ_BYTES = 6 * 1024;

/**
 * The regression guard CI enforces: the size measured when it was set plus 3%. It is not the goal, only a line a
 * change must not cross without a reason; lower it whenever the bundle shrinks. Set at 20,976 bytes; reset to
 * 21,784 when decoding's hardening (sitekeys quoted in body text redacted, a string body's BOM, decode options'
 * `types` checked, clearer messages) grew it past the old line, with the encoder taken out of the JSON codec.
 */
export const BUDGET_GZ_BYTES = Math.ceil(21_784 * 1.03);

export interface BundleSize {
  readonly minBytes: number;
  readonly gzBytes: number;
  /** Minified bytes each input module puts in the bundle, largest first. */
  readonly modules: readonly { readonly path: string; readonly minBytes: number }[];
}

export async function measureBundle(entry: string): Promise<BundleSize> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  const output = Object.values(result.metafile.outputs)[0];
  const modules = Object.entries(output?.inputs ?? {})
    .map(([path, info]) => ({
      path: path.replace(/^.*?(packages|node_modules)\//, '$1/'),
      minBytes: info.bytesInOutput,
    }))
    .filter((m) => m.minBytes > 0)
    .sort((a, b) => b.minBytes - a.minBytes);
  return { minBytes: code.byteLength, gzBytes: gzipSync(code, { level: 9 }).byteLength, modules };
}

export function formatBundle(size: BundleSize): string {
  const kb = (n: number): string => `${(n / 1024).toFixed(2)} KB`;
  const lines = [
    `browser bundle (createClient + stats + validation + JSON decoding): ${kb(size.gzBytes)} min+gzip, ${kb(size.minBytes)} min`,
    `  guard ${kb(BUDGET_GZ_BYTES)} gz (measured size + 3%); target ${kb(TARGET_GZ_BYTES)} gz, not reached: see the README's Size section`,
    ...size.modules.map((m) => `  ${kb(m.minBytes).padStart(10)} min  ${m.path}`),
  ];
  return lines.join('\n');
}
