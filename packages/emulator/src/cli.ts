#!/usr/bin/env node
// clicky-emulator: run the emulator from the shell.
//   clicky-emulator [--port 8787] [--host 127.0.0.1] [--seed 1] [--today YYYY-MM-DD] [--days 400]
//                   [--site ID:SITEKEY[:PLAN[:TIME_ZONE]]]...
import { parseArgs } from 'node:util';
import type { Plan } from '@clicky-sdk/core';
import { DEMO_SITE, type SiteConfig, startEmulator } from './server.ts';

const USAGE =
  'usage: clicky-emulator [--port 8787] [--host 127.0.0.1] [--seed 1] [--today YYYY-MM-DD] [--days 400] [--site ID:SITEKEY[:free|premium|pro[:TIME_ZONE]]]...';

function site(spec: string): SiteConfig {
  const [id, sitekey, plan, timeZone] = spec.split(':');
  if (!id || !/^\d+$/.test(id) || !sitekey || (plan !== undefined && !['free', 'premium', 'pro'].includes(plan))) {
    throw new Error(
      `--site ${id ?? ''}:...: expected ID:SITEKEY, ID:SITEKEY:PLAN or ID:SITEKEY:PLAN:TIME_ZONE (plan free, premium or pro)`,
    );
  }
  return {
    id: Number(id),
    sitekey,
    ...(plan === undefined ? {} : { plan: plan as Plan }),
    ...(timeZone === undefined ? {} : { timeZone }),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '8787' },
      host: { type: 'string', default: '127.0.0.1' },
      seed: { type: 'string', default: '1' },
      today: { type: 'string' },
      days: { type: 'string', default: '400' },
      site: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const number = (name: string, v: string): number => {
    if (!/^\d+$/.test(v)) throw new Error(`--${name} must be a whole number, got ${JSON.stringify(v)}`);
    return Number(v);
  };
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today))
    throw new Error(`--today must be YYYY-MM-DD, got ${JSON.stringify(values.today)}`);
  const sites = values.site?.map(site) ?? [DEMO_SITE];
  const emu = await startEmulator({
    port: number('port', values.port),
    host: values.host,
    seed: number('seed', values.seed),
    days: number('days', values.days),
    sites,
    ...(values.today === undefined ? {} : { today: values.today }),
  });
  console.log(`Clicky API emulator at ${emu.url}/api/stats/4 (today ${emu.today})`);
  for (const s of sites)
    console.log(
      `  site_id=${s.id} sitekey=${s.sitekey}${s.plan ? ` (${s.plan})` : ''}${s.timeZone ? ` ${s.timeZone}` : ''}`,
    );
  const stop = (): void => {
    void emu.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  console.error(USAGE);
  process.exit(2);
});
