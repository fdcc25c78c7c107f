// `pnpm bench` for the Node client, against the emulator on loopback:
// 1. client.stats() per request vs bare undici.request + JSON.parse of the same URL (target <= 1.15x), the
//    emulator in its own process; wall time, and the client's CPU time per request;
// 2. a 100k-visitor paginate() export: items/s, and its peak RSS vs a 10k export's (flat: < 1.5x), each export
//    in its own process so its peak is its own.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { addDays } from '@clicky-sdk/core';
import { DEMO_SITE, startEmulator } from '@clicky-sdk/emulator';
import { Agent, request } from 'undici';
import { createClient } from '../src/index.ts';
import { benchDir, emulatorProcess, median } from './emulator-process.ts';

const here = benchDir;

const ROUNDS = 15;

async function overhead(): Promise<void> {
  const emu = await emulatorProcess();
  const clicky = createClient({ siteId: DEMO_SITE.id, sitekey: DEMO_SITE.sitekey, baseUrl: emu.url, retries: 0 });
  const agent = new Agent({ keepAliveTimeout: 10_000 });
  const url = clicky.prepare({ type: ['visitors', 'pages'], date: 'last-7-days', limit: 20 }).urlWithSitekey();
  const bare = async (): Promise<unknown> => {
    const { body } = await request(url, { dispatcher: agent });
    return JSON.parse(await body.text());
  };
  const sdk = (): Promise<unknown> => clicky.stats({ type: ['visitors', 'pages'], date: 'last-7-days', limit: 20 });
  const perRound = 300;
  // Wall time, and the client process's CPU time: on a busy machine the wall time also holds the wait for a
  // core, which the CPU time leaves out.
  const cpu: Map<() => Promise<unknown>, number[]> = new Map();
  const time = async (fn: () => Promise<unknown>): Promise<number> => {
    const start = performance.now();
    const used = process.cpuUsage();
    for (let i = 0; i < perRound; i++) await fn();
    const { user, system } = process.cpuUsage(used);
    cpu.set(fn, [...(cpu.get(fn) ?? []), (user + system) / perRound]);
    return ((performance.now() - start) * 1000) / perRound;
  };
  for (let i = 0; i < 200; i++) await Promise.all([bare(), sdk()]);
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  // Paired rounds, the order swapped every other round: a ratio per pair cancels the machine's drift over the
  // run, and the swap cancels whatever the first of two runs pays (a collection the other left behind).
  for (let round = 0; round < ROUNDS; round++) {
    const [first, second] = round % 2 === 0 ? [bare, sdk] : [sdk, bare];
    const t1 = await time(first);
    const t2 = await time(second);
    const [tb, ts] = first === bare ? [t1, t2] : [t2, t1];
    a.push(tb);
    b.push(ts);
    ratios.push(ts / tb);
  }
  const ratio = median(ratios);
  console.log(
    `\nclient.stats() vs undici.request + JSON.parse, same URL, loopback (median of ${ROUNDS} paired rounds)`,
  );
  console.log(`  undici.request + JSON.parse   ${median(a).toFixed(0).padStart(6)} µs/request   1.00x`);
  console.log(
    `  client.stats()                ${median(b).toFixed(0).padStart(6)} µs/request   ${ratio.toFixed(2)}x (target <= 1.15x)`,
  );
  const sorted = [...ratios].sort((x, y) => x - y);
  console.log(
    `  per-round ratios ${(sorted[0] ?? Number.NaN).toFixed(2)}-${(sorted.at(-1) ?? Number.NaN).toFixed(2)}x: ${ratios.map((r) => r.toFixed(2)).join(' ')}`,
  );
  const cpuBare = median(cpu.get(bare) ?? []);
  const cpuSdk = median(cpu.get(sdk) ?? []);
  console.log(
    `  client CPU time: ${cpuBare.toFixed(0)} vs ${cpuSdk.toFixed(0)} µs/request, ${(cpuSdk / cpuBare).toFixed(2)}x`,
  );
  await clicky.close();
  await agent.close();
  emu.stop();
}

interface ExportRun {
  items: number;
  ms: number;
  peakRssBytes: number;
}

async function exportRun(url: string, date: string): Promise<ExportRun> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', join(here, 'export.ts'), url, String(DEMO_SITE.id), DEMO_SITE.sitekey, date],
    { cwd: join(here, '..'), maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as ExportRun;
}

async function exports(): Promise<void> {
  const emu = await startEmulator({ seed: 1, days: 31, sites: [{ ...DEMO_SITE, visitorsPerDay: 3300 }] });
  // The emulator makes a site's traffic on its first request: make it before timing anything.
  await fetch(`${emu.url}/api/stats/4?site_id=${DEMO_SITE.id}&sitekey=${DEMO_SITE.sitekey}&type=visitors`);
  const small = await exportRun(emu.url, `${addDays(emu.today, -2)},${emu.today}`);
  const large = await exportRun(emu.url, `${addDays(emu.today, -30)},${emu.today}`);
  await emu.close();
  const mb = (b: number): string => `${(b / 1e6).toFixed(0)} MB`;
  const line = (name: string, r: ExportRun): string =>
    `  ${name.padEnd(10)} ${String(r.items).padStart(7)} items  ${((r.items / r.ms) * 1000).toFixed(0).padStart(7)} items/s  peak RSS ${mb(r.peakRssBytes)}`;
  console.log('\npaginate() export of visitors-list (each export in its own process)');
  console.log(line('10k', small));
  console.log(line('100k', large));
  console.log(`  peak RSS 100k / 10k: ${(large.peakRssBytes / small.peakRssBytes).toFixed(2)}x (target < 1.5x)`);
}

await overhead();
if (!process.env.BENCH_SKIP_EXPORT) await exports();
