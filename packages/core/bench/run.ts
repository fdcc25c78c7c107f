// `pnpm bench` for core: validating and building a request with every filter, against building the same URL
// with bare URLSearchParams (no validation). Target: at most 3x, with a given today and with default options
// (today read from the clock in the site's time zone, as most callers do).
import { compare, printResults } from '@clicky-sdk/bench';
import { prepareRequest } from '@clicky-sdk/core';

const params = {
  site_id: 32020,
  sitekey: 'f00dfacecafe1234',
  type: 'visitors-list',
  date: 'last-7-days',
  limit: 1000,
  page: 3,
  output: 'json',
  ip_address: '65.0.0.0,85.0.0.0|32.12.220.89|150.0.0.0,155.0.0.0',
  uid: '1313781915',
  online: true,
  returning_visitors: true,
  heatmap: true,
  actions: '>5',
  time: '60,120',
  href: '/contact.php',
  landing: '/',
  exit: '/bye',
  search: 'cookie recipes',
  'search-local': 'tea',
  domain: 'google.com',
  link: 'https://x.example/',
  browser: 'firefox 3.5',
  os: 'windows',
  resolution: '1024x768',
  country: 'us',
  city: 'portland',
  language: 'en',
  hostname: 'comcast.net',
  org: 'Comcast',
  source: 'search',
  shorturl: 'https://sho.rt/x',
  custom: { username: 'billy', email: 'billy@example.com' },
  goal: 'Signup',
  campaign: 'fall',
  split: 'B',
  'visitor-details': ['ip_address', 'session_id', 'web_browser', 'geolocation'],
  custom_keys_multi_values: true,
  null_values: true,
  app: 'clicky-sdk-bench',
} as const;

const options = { today: '2024-10-29' };

function bare(): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (k === 'custom')
      for (const [ck, cv] of Object.entries(v as Record<string, string>)) q.append(`custom[${ck}]`, cv);
    else q.append(k, Array.isArray(v) ? v.join(',') : typeof v === 'boolean' ? (v ? '1' : '0') : String(v));
  }
  return `https://api.clicky.com/api/stats/4?${q.toString()}`;
}

const cases = [
  {
    name: 'prepareRequest (validate + build, given today)',
    fn: () => prepareRequest(params, options).urlWithSitekey(),
  },
  {
    name: 'prepareRequest (default options, today from the clock)',
    fn: () => prepareRequest(params, { timeZone: 'Europe/Berlin' }).urlWithSitekey(),
  },
];
const baseline = { name: 'URLSearchParams (no validation)', fn: bare };

const results = compare(baseline, cases);
printResults('core: a visitors-list request with every filter (wall clock)', results);
for (const r of results.slice(1)) {
  console.log(`  ${r.name}: ${r.ratio.toFixed(2)}x, target <= 3x ${r.ratio <= 3 ? 'met' : 'NOT met'}`);
}

/**
 * The same cases in process CPU time, interleaved over 31 rounds: on a machine busy with other work, wall-clock
 * time also counts the time this process waits for a core (allocation-heavy code, whose garbage collection waits
 * on helper threads, most of all); CPU time does not.
 */
function cpuMedians(all: readonly { name: string; fn: () => unknown }[], rounds = 31, calls = 3000): number[] {
  const samples = all.map(() => [] as number[]);
  let sink: unknown;
  for (let r = 0; r < rounds; r++) {
    all.forEach((c, i) => {
      const start = process.cpuUsage();
      for (let k = 0; k < calls; k++) sink = c.fn();
      const used = process.cpuUsage(start);
      samples[i]?.push((used.user + used.system) / calls);
    });
  }
  if (sink === undefined) throw new Error('the cases returned nothing');
  return samples.map((xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? Number.NaN);
}

const all = [baseline, ...cases];
const cpu = cpuMedians(all);
console.log('\ncore: the same, in CPU time');
all.forEach((c, i) => {
  const ratio = (cpu[i] ?? Number.NaN) / (cpu[0] ?? Number.NaN);
  console.log(`  ${c.name.padEnd(56)} ${(cpu[i] ?? Number.NaN).toFixed(2).padStart(7)} µs/op  ${ratio.toFixed(2)}x`);
});
