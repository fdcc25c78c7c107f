// The README's main job: start the emulator, fetch real requests in every output format, decode them, show that
// the formats agree, and print the data. (The clicky CLI will take this over.)
import { isDeepStrictEqual } from 'node:util';
import { ClickyParamError, prepareRequest, type StatsRequest } from '@clicky-sdk/core';
import { decode, type Format } from '@clicky-sdk/decoders';
import { DEMO_SITE, startEmulator } from '@clicky-sdk/emulator';

const FORMATS: Format[] = ['xml', 'json', 'php', 'csv'];
const emu = await startEmulator({ seed: 1 });
console.log(`\nEmulator at ${emu.url} (today ${emu.today}), site ${DEMO_SITE.id}\n`);

async function fetchAll(
  title: string,
  request: StatsRequest,
): Promise<Record<string, { date: string; items: Record<string, unknown>[] }[]>> {
  const decoded = [];
  const sizes: string[] = [];
  for (const output of FORMATS) {
    const prepared = prepareRequest(
      { ...request, output, site_id: DEMO_SITE.id, sitekey: DEMO_SITE.sitekey },
      { baseUrl: emu.url, today: emu.today },
    );
    const res = await fetch(prepared.urlWithSitekey());
    const body = await res.text();
    sizes.push(`${output} ${body.length} B`);
    decoded.push(decode(body, { format: output, types: prepared.types }));
  }
  const agree = decoded.every((d) => isDeepStrictEqual(d, decoded[0]));
  console.log(`== ${title}`);
  console.log(
    `   ${prepareRequest({ ...request, site_id: DEMO_SITE.id, sitekey: DEMO_SITE.sitekey }, { baseUrl: emu.url, today: emu.today })}`,
  );
  console.log(
    `   fetched as ${sizes.join(', ')}; decoded results ${agree ? 'agree across all four formats' : 'DIFFER between formats'}`,
  );
  if (!agree) process.exitCode = 1;
  return decoded[0] as Record<string, { date: string; items: Record<string, unknown>[] }[]>;
}

const tallies = await fetchAll('Visitors, actions, bounce rate and average time, last 7 days by day', {
  type: ['visitors', 'actions', 'bounce-rate', 'time-average-pretty'],
  date: 'last-7-days',
  daily: true,
});
console.log('   date        visitors  actions  bounce  avg time');
tallies.visitors?.forEach((g, i) => {
  const v = (t: string): unknown => tallies[t]?.[i]?.items[0]?.value;
  console.log(
    `   ${g.date}  ${String(v('visitors')).padStart(8)}  ${String(v('actions')).padStart(7)}  ${String(v('bounce-rate')).padStart(5)}%  ${String(v('time-average-pretty')).padStart(8)}`,
  );
});

const pages = await fetchAll('Top pages, last 7 days', { type: 'pages', date: 'last-7-days', limit: 5 });
for (const p of pages.pages?.[0]?.items ?? [])
  console.log(`   ${String(p.value).padStart(5)}  ${String(p.value_percent).padStart(5)}%  ${String(p.title)}`);

const list = await fetchAll('The last visitors of yesterday (visitors-list, page 1)', {
  type: 'visitors-list',
  date: 'yesterday',
  limit: 5,
});
for (const v of list['visitors-list']?.[0]?.items ?? []) {
  console.log(
    `   ${String(v.time_pretty).padEnd(26)} ${String(v.ip_address).padEnd(16)} ${String(v.geolocation).padEnd(34)} ${String(v.actions).padStart(2)} actions  ${v.referrer_domain ?? '(direct)'}`,
  );
}

console.log('\n== Bad requests are refused before anything is sent:');
try {
  prepareRequest({
    site_id: DEMO_SITE.id,
    sitekey: DEMO_SITE.sitekey,
    type: 'pages',
    limit: 0,
    video_meta: true,
    date: '2023-02-29',
  });
} catch (e) {
  if (!(e instanceof ClickyParamError)) throw e;
  console.log(e.message.replace(/^/gm, '   '));
}
console.log(`\nThe emulator answered ${emu.stats().requests} requests.\n`);
await emu.close();
