// One export in its own process, so its peak RSS is its own: paginates visitors-list over the given range from
// the emulator at the given URL and prints one JSON line (items, ms, peak RSS).
import { readFileSync } from 'node:fs';
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
console.log(JSON.stringify({ items, ms, checksum, peakRssBytes: peakRssBytes() }));

/**
 * This program's peak resident memory. Linux's VmHWM is the high-water mark of the memory it mapped; maxRSS is the
 * process's, which keeps the spawning bench's peak from before exec and would set a floor under every export.
 */
function peakRssBytes(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) return Number(hwm[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}
