// `pnpm release [--dry-run]`: publish every public package to npm and the JSR packages (those with a jsr.json)
// with deno publish. Each npm package is packed by pnpm (which turns workspace: versions into real ones) and the
// tarball published with npm; with --dry-run npm only lists what it would publish and deno only checks, so
// nothing leaves the machine. CI runs the dry run. Versions and changelogs come first, from changesets:
// `pnpm changeset`, then `pnpm version-packages`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2).filter((a) => a !== '--');
const unknown = args.filter((a) => a !== '--dry-run');
if (unknown.length > 0) {
  console.error(`release: unknown argument ${unknown.join(' ')}; usage: pnpm release [--dry-run]`);
  process.exit(2);
}
const dryRun = args.includes('--dry-run');

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
}

const packages = readdirSync(join(root, 'packages'))
  .map((dir) => ({ dir: join(root, 'packages', dir), manifest: readJson(join(root, 'packages', dir, 'package.json')) }))
  .filter((p): p is { dir: string; manifest: Manifest } => p.manifest !== undefined && p.manifest.private !== true);

function readJson(file: string): Manifest | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : undefined;
}

/** Runs a step; prints its output when it fails (or always, for the JSR dry run's list of files). */
function step(title: string, command: string, commandArgs: string[], cwd: string): boolean {
  console.log(`release: ${title}`);
  const run = spawnSync(command, commandArgs, {
    cwd,
    encoding: 'utf8',
    // Deno reads FORCE_COLOR's mere presence as "colour on"; a plain log is easier to read in CI.
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
  });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (run.status !== 0) {
    console.error(output || String(run.error));
    return false;
  }
  const summary = output
    .split('\n')
    .filter((l) => /total files|package size|Simulating publish|Success|^\+ @clicky-sdk/i.test(l))
    .map((l) => `  ${l.trim()}`);
  if (summary.length > 0) console.log(summary.join('\n'));
  return true;
}

let ok = true;
const pnpm = join(root, 'node_modules/.bin/pnpm');
const packs = mkdtempSync(join(tmpdir(), 'clicky-release-'));
for (const { dir, manifest } of packages) {
  const title = `npm ${manifest.name}@${manifest.version}${dryRun ? ' (dry run)' : ''}`;
  const tarball = join(packs, `${manifest.name.replace('@', '').replace('/', '-')}-${manifest.version}.tgz`);
  const publish = ['publish', '--access', 'public', ...(dryRun ? ['--dry-run'] : []), tarball];
  ok =
    step(`pack ${manifest.name}`, pnpm, ['pack', '--pack-destination', packs], dir) &&
    step(title, 'npm', publish, dir) &&
    ok;
}
rmSync(packs, { recursive: true, force: true });
const deno = join(root, 'node_modules/.bin/deno');
const jsr = packages.filter((p) => existsSync(join(p.dir, 'jsr.json'))).map((p) => p.manifest.name);
ok =
  step(
    `JSR ${jsr.join(', ')}${dryRun ? ' (dry run)' : ''}`,
    deno,
    ['publish', ...(dryRun ? ['--dry-run', '--allow-dirty'] : [])],
    root,
  ) && ok;
console.log(ok ? `release: ${dryRun ? 'dry run passed' : 'published'}` : 'release: failed');
process.exit(ok ? 0 : 1);
