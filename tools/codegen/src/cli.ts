// `pnpm generate [--check] [--spec FILE] [--out DIR]`: regenerate every generated file, or check they are current.

import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { findDrift, writeGenerated } from './files.ts';
import { GENERATED_DIRS, generate, loadSpec } from './generate.ts';
import { SpecError } from './validate.ts';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..');

interface Args {
  check: boolean;
  spec: string;
  out: string;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { check: false, spec: resolve(repoRoot, 'spec/clicky.openapi.yaml'), out: repoRoot };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--check') args.check = true;
    else if (a === '--spec' && argv[i + 1]) args.spec = resolve(argv[++i] as string);
    else if (a === '--out' && argv[i + 1]) args.out = resolve(argv[++i] as string);
    else if (a === '--') continue;
    else throw new Error(`unknown argument ${a}; usage: generate [--check] [--spec FILE] [--out DIR]`);
  }
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const spec = await loadSpec(args.spec, 'spec/clicky.openapi.yaml');
  const files = await generate(spec);
  const ms = (performance.now() - started).toFixed(0);
  if (args.check) {
    const drift = await findDrift(args.out, files, GENERATED_DIRS);
    const bad = [...drift.stale.map((p) => `stale: ${p}`), ...drift.extra.map((p) => `not produced by the spec: ${p}`)];
    if (bad.length > 0) {
      console.error(`generate --check: ${bad.length} generated file(s) differ from the spec; run \`pnpm generate\`:`);
      for (const line of bad) console.error(`  ${line}`);
      return 1;
    }
    console.log(`generate --check: ${files.size} generated files match the spec (${ms} ms)`);
    return 0;
  }
  const drift = await writeGenerated(args.out, files, GENERATED_DIRS);
  console.log(
    `generated ${files.size} files from ${spec.dataTypes.length} data types, ${spec.params.length} parameters and ` +
      `${spec.shapes.length} item shapes in ${ms} ms (${drift.stale.length} written, ${drift.extra.length} removed)`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof SpecError ? err.message : err);
    process.exit(2);
  },
);
