// The generator's command line as a function: `generate [--check] [--spec FILE] [--out DIR]`. Returns the exit
// code and writes through `log`, so tests run it in-process.
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { findDrift, writeGenerated } from './files.ts';
import { GENERATED_DIRS, generate, loadSpec } from './generate.ts';
import { SpecError } from './read/context.ts';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../../..');

interface Args {
  check: boolean;
  spec: string;
  out: string;
}

export interface Log {
  info(line: string): void;
  error(line: string): void;
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

/** 0: written or current; 1: --check found drift; 2: the spec is invalid or the arguments are wrong. */
export async function runGenerator(argv: readonly string[], log: Log): Promise<number> {
  try {
    return await generateOrCheck(parseArgs(argv), log);
  } catch (err) {
    log.error(err instanceof SpecError ? err.message : String(err instanceof Error ? (err.stack ?? err) : err));
    return 2;
  }
}

async function generateOrCheck(args: Args, log: Log): Promise<number> {
  const started = performance.now();
  const spec = await loadSpec(args.spec, 'spec/clicky.openapi.yaml');
  const files = await generate(spec);
  const ms = (performance.now() - started).toFixed(0);
  if (args.check) {
    const drift = await findDrift(args.out, files, GENERATED_DIRS);
    const bad = [...drift.stale.map((p) => `stale: ${p}`), ...drift.extra.map((p) => `not produced by the spec: ${p}`)];
    if (bad.length > 0) {
      log.error(`generate --check: ${bad.length} generated file(s) differ from the spec; run \`pnpm generate\`:`);
      for (const line of bad) log.error(`  ${line}`);
      return 1;
    }
    log.info(`generate --check: ${files.size} generated files match the spec (${ms} ms)`);
    return 0;
  }
  const drift = await writeGenerated(args.out, files, GENERATED_DIRS);
  log.info(
    `generated ${files.size} files from ${spec.dataTypes.length} data types, ${spec.params.length} parameters and ` +
      `${spec.shapes.length} item shapes in ${ms} ms (${drift.stale.length} written, ${drift.extra.length} removed)`,
  );
  return 0;
}
