// Run by Bun (see on-bun.ts): a built client package, against the emulator. The package's entry module is the
// first argument (the Node package's own by default), so the Node and browser packages share one scenario.
// Prints one JSON line with what it saw.
import { DEMO_SITE, startEmulator } from '@clicky-sdk/emulator';
import type * as NodePackage from '../../src/index.ts';

const entry = process.argv[2] ?? new URL('../../dist/index.js', import.meta.url).href;
const { ClickyAbortError, createClient } = (await import(entry)) as Pick<
  typeof NodePackage,
  'ClickyAbortError' | 'createClient'
>;

const emu = await startEmulator({ seed: 4 });
const report: Record<string, unknown> = { runtime: `bun ${process.versions.bun}` };
try {
  const clicky = createClient({
    siteId: DEMO_SITE.id,
    sitekey: DEMO_SITE.sitekey,
    baseUrl: emu.url,
    retries: { baseDelayMs: 1 },
  });
  const r = await clicky.stats({ type: ['visitors', 'pages', 'visitors-list'], date: 'last-7-days', limit: 20 });
  report.result = r;
  emu.faults.add({ status: 503, times: 1 });
  emu.faults.add({ reset: 'mid-body', times: 1 });
  report.retried = (await clicky.countries({ limit: 5 }))[0]?.items.length;
  await Promise.all(Array.from({ length: 20 }, () => clicky.visitorsList({ limit: 5 })));
  report.maxRestricted = emu.stats().maxRestrictedPerSite[String(DEMO_SITE.id)];
  let n = 0;
  for await (const _ of clicky.paginate('visitors-list', { date: 'last-40-days' })) n++;
  report.paginated = n;
  emu.faults.add({ latencyMs: 2000 });
  const controller = new AbortController();
  const slow = clicky.visitors({}, { signal: controller.signal });
  setTimeout(() => controller.abort(), 20);
  report.aborted = await slow.then(
    () => 'not aborted',
    (e: unknown) => (e instanceof ClickyAbortError ? 'ClickyAbortError' : String(e)),
  );
  await clicky.close();
} finally {
  await emu.close();
}
console.log(JSON.stringify(report));
