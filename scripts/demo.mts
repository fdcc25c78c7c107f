// The README's main job, end to end: start the local API emulator, then run the `clicky` command line against it
// as a user would: a stats table, a short resumable export, an incremental DuckDB archive and SQL over it.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_SITE, startEmulator } from '@clicky-sdk/emulator';

const bin = fileURLToPath(new URL('../packages/cli/dist/cli.js', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'clicky-demo-'));
const started = performance.now();
const emu = await startEmulator({ seed: 1 });
console.log(`\nThe emulator serves the demo site ${DEMO_SITE.id} at ${emu.url} (today ${emu.today}).`);
console.log('`clicky` reads the site and its key from CLICKY_SITE_ID, CLICKY_SITEKEY and CLICKY_BASE_URL.\n');
const env = {
  ...process.env,
  CLICKY_SITE_ID: String(DEMO_SITE.id),
  CLICKY_SITEKEY: DEMO_SITE.sitekey,
  CLICKY_BASE_URL: emu.url,
};
let failed = false;

/** Runs `clicky ARGS` in the work folder, printing the command line and what it printed (stderr indented). */
async function clicky(...args: string[]): Promise<void> {
  console.log(`$ clicky ${args.map((a) => (/^[\w,./:=-]+$/.test(a) ? a : `"${a}"`)).join(' ')}`);
  // The emulator answering the command lives in this process: wait for the child without blocking it.
  const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: work, env });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
  process.stdout.write(run.stdout);
  for (const line of run.stderr.trimEnd().split('\n')) if (line) console.log(`  | ${line}`);
  if (run.status !== 0) {
    failed = true;
    console.log(`  (exit ${run.status})`);
  }
  console.log();
}

try {
  await clicky(
    'stats',
    '--type',
    'visitors,actions,bounce-rate,time-average-pretty',
    '--date',
    'last-7-days',
    '--daily',
  );
  await clicky('stats', '--type', 'pages,countries', '--date', 'last-7-days', '--limit', '5');
  await clicky('export', 'visitors-list', '--date', 'last-3-days', '--out', 'visitors.csv');
  const csv = readFileSync(join(work, 'visitors.csv'), 'utf8').split('\n');
  console.log(`visitors.csv: ${csv.length - 2} visitors; its first lines:`);
  for (const line of csv.slice(0, 3)) console.log(`  ${line.length > 150 ? `${line.slice(0, 150)}...` : line}`);
  console.log();
  const types = 'visitors-list,actions-list,visitors,bounce-rate,pages,countries';
  await clicky('archive', '--db', 'clicky.duckdb', '--types', types, '--since', 'last-14-days');
  console.log('Run again, it reads only what is new (today):\n');
  await clicky('archive', '--db', 'clicky.duckdb', '--types', types);
  await clicky(
    'query',
    'select country_code as country, count(*) as visits, round(avg(actions), 1) as actions_per_visit, ' +
      "count(*) filter (where referrer_type = 'search') as from_search from visitors_list " +
      'group by 1 order by 2 desc limit 5',
  );
  await clicky(
    'query',
    'select v.date, v.value as visitors, b.value as bounce_rate, p.title as top_page from visitors v ' +
      'join bounce_rate b using (date) join (select date, arg_max(title, value) as title from pages group by date) p ' +
      'using (date) order by v.date desc limit 7',
  );
} finally {
  await emu.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(
  `${failed ? 'A command failed.' : 'Done'} in ${((performance.now() - started) / 1000).toFixed(1)} s; the emulator answered ${emu.stats().requests} requests.\n`,
);
if (failed) process.exitCode = 1;
