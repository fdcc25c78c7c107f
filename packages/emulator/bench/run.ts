// `pnpm bench` for the emulator, on loopback, client and server in one process: the rate of small tally answers
// against a bare node:http server that answers a fixed body of the same bytes (the ratio is what counts: the
// emulator should never be what limits a client benchmark), then bytes per second for 5,000 visitors (five pages
// of 1,000, the most a restricted page holds) in each format. Requests go through keep-alive connections, several
// in flight, as a client benchmark would send them.
import { Agent, createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_SITE, startEmulator } from '@clicky-sdk/emulator';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 11);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 500);
const IN_FLIGHT = 8;

const emu = await startEmulator({
  today: '2024-10-29',
  days: 60,
  sites: [{ ...DEMO_SITE, visitorsPerDay: 2500, concurrency: 64 }],
});
const agent = new Agent({ keepAlive: true, maxSockets: 16 });
const apiPath = `/api/stats/4?site_id=${DEMO_SITE.id}&sitekey=${DEMO_SITE.sitekey}`;

interface Reply {
  readonly bytes: number;
  readonly body: Buffer;
  readonly contentType: string;
}

function get(url: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ bytes: body.length, body, contentType: String(res.headers['content-type']) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** Requests per second over `ms`, `IN_FLIGHT` at a time. */
async function rate(url: string, ms: number): Promise<number> {
  let requests = 0;
  const start = performance.now();
  const until = start + ms;
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (performance.now() < until) {
        await get(url);
        requests++;
      }
    }),
  );
  return requests / ((performance.now() - start) / 1000);
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** The emulator's small tally answer against a bare server sending the same bytes, in interleaved rounds. */
async function tallyAgainstBare(query: string): Promise<void> {
  const tallyUrl = `${emu.url}${apiPath}&${query}`;
  const sample = await get(tallyUrl); // also makes the site's traffic
  const bare = createServer({ keepAlive: true }, (_req, res) => {
    res.writeHead(200, {
      'content-type': sample.contentType,
      'access-control-allow-origin': '*',
      'content-length': sample.bytes,
    });
    res.end(sample.body);
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}${apiPath}&${query}`;
  await rate(bareUrl, 300); // warm both
  await rate(tallyUrl, 300);
  const bareRates: number[] = [];
  const emuRates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    bareRates.push(await rate(bareUrl, ROUND_MS));
    emuRates.push(await rate(tallyUrl, ROUND_MS));
  }
  const ratios = emuRates.map((r, i) => r / (bareRates[i] ?? r));
  const [lo, hi] = [Math.min(...ratios), Math.max(...ratios)];
  console.log(
    `  ${query.padEnd(58)} ${sample.bytes.toString().padStart(4)} B  bare ${median(bareRates).toFixed(0).padStart(6)} req/s  emulator ${median(emuRates).toFixed(0).padStart(6)} req/s  ${median(ratios).toFixed(2)}x (${lo.toFixed(2)}-${hi.toFixed(2)})`,
  );
  await new Promise<void>((resolve) => bare.close(() => resolve()));
}

console.log(
  `\nemulator on loopback, one process (the client load shares the CPU with both servers); ${IN_FLIGHT} in flight, keep-alive`,
);
console.log(
  `small tally answers: rate against a bare node:http server sending the same bytes (median of ${ROUNDS} rounds)`,
);
await tallyAgainstBare('type=visitors,actions,bounce-rate&output=json');
await tallyAgainstBare('type=visitors,actions,bounce-rate&date=last-7-days&daily=1&output=json');
await tallyAgainstBare('type=visitors-unique,visitors-online,time-average-pretty&output=json');

console.log('\n5,000 visitors in 5 pages of 1,000 (visitorsPerDay 2,500, last-3-days)');
for (const output of ['json', 'xml', 'php', 'csv']) {
  const pages = [1, 2, 3, 4, 5].map(
    (page) => `${emu.url}${apiPath}&type=visitors-list&date=last-3-days&limit=1000&page=${page}&output=${output}`,
  );
  let bytes = 0;
  const start = performance.now();
  for (let round = 0; round < 3; round++) for (const p of pages) bytes += (await get(p)).bytes;
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `  ${output.padEnd(4)}  ${(bytes / 3 / 1e6).toFixed(2).padStart(6)} MB  ${(bytes / 1e6 / seconds).toFixed(1).padStart(6)} MB/s  ${((seconds / 3) * 1000).toFixed(0).padStart(5)} ms`,
  );
}
agent.destroy();
await emu.close();
