// `pnpm bench` for the emulator, on loopback: requests per second for a small tally request, and bytes per
// second for 5,000 visitors (five pages of 1,000, the most a restricted page holds) in each format. Requests go
// through keep-alive connections, several in flight, as a client benchmark would send them.
import { Agent, request } from 'node:http';
import { DEMO_SITE, startEmulator } from '@clicky-sdk/emulator';

const emu = await startEmulator({
  today: '2024-10-29',
  days: 60,
  sites: [{ ...DEMO_SITE, visitorsPerDay: 2500, concurrency: 64 }],
});
const agent = new Agent({ keepAlive: true, maxSockets: 16 });
const base = `${emu.url}/api/stats/4?site_id=${DEMO_SITE.id}&sitekey=${DEMO_SITE.sitekey}`;

function get(query: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}&${query}`, { agent }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve(bytes));
    });
    req.on('error', reject);
    req.end();
  });
}

async function measure(query: string, seconds: number, parallel: number): Promise<{ rps: number; mbps: number }> {
  await get(query); // warm: the first request of a site generates its traffic
  let requests = 0;
  let bytes = 0;
  const until = performance.now() + seconds * 1000;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (performance.now() < until) {
        bytes += await get(query);
        requests++;
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  return { rps: requests / elapsed, mbps: bytes / 1e6 / elapsed };
}

console.log('\nemulator on loopback (one process: the client load shares the CPU with the server)');
const tally = await measure('type=visitors,actions,bounce-rate&output=json', 3, 8);
console.log(`  small tally request (json)                  ${tally.rps.toFixed(0).padStart(6)} req/s`);
for (const output of ['json', 'xml', 'php', 'csv']) {
  const pages = [1, 2, 3, 4, 5].map(
    (page) => `type=visitors-list&date=last-3-days&limit=1000&page=${page}&output=${output}`,
  );
  let bytes = 0;
  const start = performance.now();
  for (let round = 0; round < 3; round++) for (const p of pages) bytes += await get(p);
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `  5,000 visitors in 5 pages (${output.padEnd(4)})            ${(bytes / 3 / 1e6).toFixed(2).padStart(6)} MB  ${(bytes / 1e6 / seconds).toFixed(1).padStart(6)} MB/s  ${((seconds / 3) * 1000).toFixed(0).padStart(5)} ms`,
  );
}
agent.destroy();
await emu.close();
