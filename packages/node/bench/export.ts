// One export in its own process, so its peak RSS is its own: paginates visitors-list over the given range from
// the emulator at the given URL and prints one JSON line (items, ms, peak RSS).
import { createClient } from '../src/index.ts';

const [url, siteId, sitekey, date] = process.argv.slice(2) as [string, string, string, string];
const clicky = createClient({ siteId: Number(siteId), sitekey, baseUrl: url });
const started = performance.now();
let items = 0;
let checksum = 0;
for await (const v of clicky.paginate('visitors-list', { date })) {
  items++;
  checksum = (checksum + (v.session_id ?? 0)) % 1_000_000_007;
}
const ms = performance.now() - started;
await clicky.close();
console.log(JSON.stringify({ items, ms, checksum, peakRssBytes: process.resourceUsage().maxRSS * 1024 }));
