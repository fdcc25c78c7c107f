// Where client.stats()'s overhead over a bare undici.request lies, stage by stage, on real loopback I/O: each
// variant adds one stage of what the client does to the bare request, and every variant runs in each round (the
// order rotated round by round), so a per-round ratio to the bare request cancels the machine's drift.
// The engine's stages are core's own modules, imported from its source. `npx tsx --expose-gc bench/stages.ts`
// (BENCH_ROUNDS=n, STAGES=0,3,5 for a subset); the emulator runs in its own process.
import { SDK_VERSION } from '@clicky-sdk/core';
import { decode } from '@clicky-sdk/decoders';
import { DEMO_SITE } from '@clicky-sdk/emulator';
import { Agent, request } from 'undici';
import { abortableRequest } from '../../core/src/client/abort.ts';
import { readText } from '../../core/src/client/body.ts';
import { type Engine, exchange } from '../../core/src/client/exchange.ts';
import { resolveOptions } from '../../core/src/client/options.ts';
import { callPreparer } from '../../core/src/client/prepare-call.ts';
import { createClient, undiciTransport } from '../src/index.ts';
import { emulatorProcess, median } from './emulator-process.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);
const PER_ROUND = 200;

const emu = await emulatorProcess();
const clicky = createClient({ siteId: DEMO_SITE.id, sitekey: DEMO_SITE.sitekey, baseUrl: emu.url, retries: 0 });
const request0 = { type: ['visitors', 'pages'], date: 'last-7-days', limit: 20 } as const;
const prepared = clicky.prepare(request0);
const url = prepared.urlWithSitekey();
const agent = new Agent({ keepAliveTimeout: 10_000 });
const headers = { 'user-agent': `clicky-sdk/${SDK_VERSION} (node)`, 'accept-encoding': 'identity' };
const { transport, close } = undiciTransport(agent);

const resolved = resolveOptions({ siteId: DEMO_SITE.id, sitekey: DEMO_SITE.sitekey, baseUrl: emu.url, retries: 0 });
const prepare = callPreparer(resolved);
const checked = prepare(request0);
const plainEngine: Engine = { options: resolved, transport, decoder: { decode: (text) => JSON.parse(text) } };
const typedEngine: Engine = { options: resolved, transport, decoder: { decode } };

const variants: [string, () => Promise<unknown>][] = [
  [
    'undici.request + body.text() + JSON.parse',
    async () => JSON.parse(await (await request(url, { dispatcher: agent })).body.text()),
  ],
  ['+ the SDK headers', async () => JSON.parse(await (await request(url, { dispatcher: agent, headers })).body.text())],
  [
    '+ an AbortSignal (what the transport used to pass)',
    async () =>
      JSON.parse(
        await (await request(url, { dispatcher: agent, headers, signal: new AbortController().signal })).body.text(),
      ),
  ],
  [
    'SDK transport + engine body read + JSON.parse',
    async () => JSON.parse(await readText((await transport(abortableRequest(url))).body, 1e9)),
  ],
  [
    'engine exchange() (timer, status, body), JSON.parse',
    () => exchange(plainEngine, checked.valid, checked.prepared, { signal: undefined, timeoutMs: 30_000 }, false),
  ],
  [
    '+ typed decode instead of JSON.parse',
    () => exchange(typedEngine, checked.valid, checked.prepared, { signal: undefined, timeoutMs: 30_000 }, false),
  ],
  [
    '+ validation and URL building per call',
    () => {
      const c = prepare(request0);
      return exchange(typedEngine, c.valid, c.prepared, { signal: undefined, timeoutMs: 30_000 }, false);
    },
  ],
  ['client.stats()', () => clicky.stats(request0)],
];

const only = process.env.STAGES?.split(',').map(Number);
if (only) variants.splice(0, variants.length, ...only.map((i) => variants[i] as (typeof variants)[number]));
const wall: number[][] = variants.map(() => []);
const cpu: number[][] = variants.map(() => []);
const sys: number[][] = variants.map(() => []);
const ratios: number[][] = variants.map(() => []);
const gc = (globalThis as { gc?: () => void }).gc;
for (let i = 0; i < 150; i++) for (const [, fn] of variants) await fn();
for (let round = 0; round < ROUNDS; round++) {
  const order = variants.map((_, i) => (i + round) % variants.length);
  const times: number[] = [];
  for (const i of order) {
    gc?.();
    const fn = variants[i]?.[1] as () => Promise<unknown>;
    const start = performance.now();
    const used = process.cpuUsage();
    for (let n = 0; n < PER_ROUND; n++) await fn();
    const { user, system } = process.cpuUsage(used);
    times[i] = ((performance.now() - start) * 1000) / PER_ROUND;
    cpu[i]?.push((user + system) / PER_ROUND);
    sys[i]?.push(system / PER_ROUND);
  }
  for (let i = 0; i < variants.length; i++) {
    wall[i]?.push(times[i] as number);
    ratios[i]?.push((times[i] as number) / (times[0] as number));
  }
}
console.log(`per-stage cost, median of ${ROUNDS} rounds of ${PER_ROUND} requests (µs/request; ratio to the first)`);
for (let i = 0; i < variants.length; i++) {
  const [name] = variants[i] as [string, unknown];
  console.log(
    `  ${name.padEnd(52)} wall ${median(wall[i] ?? [])
      .toFixed(0)
      .padStart(5)}  cpu ${median(cpu[i] ?? [])
      .toFixed(0)
      .padStart(5)} (sys ${median(sys[i] ?? [])
      .toFixed(0)
      .padStart(4)})  ${median(ratios[i] ?? []).toFixed(2)}x`,
  );
}
await clicky.close();
await close();
await agent.close();
emu.stop();
