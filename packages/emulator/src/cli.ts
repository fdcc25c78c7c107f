#!/usr/bin/env node
// clicky-emulator: run the emulator from the shell.
//   clicky-emulator [--port 8787] [--host 127.0.0.1] [--seed 1] [--today YYYY-MM-DD] [--days 400]
//                   [--site ID:SITEKEY[:PLAN[:TIME_ZONE]]]...
import { parseArgs } from 'node:util';
import { ClickyParamError, PLANS, type Plan } from '@clicky-sdk/core';
import { DEMO_SITE, type SiteConfig } from './options.ts';
import { ParamProblems } from './problems.ts';
import { startEmulator } from './server.ts';

const PLAN_NAMES = Object.keys(PLANS).join('|');
const USAGE = `usage: clicky-emulator [--port 8787] [--host 127.0.0.1] [--seed 1] [--today YYYY-MM-DD] [--days 400] [--site ID:SITEKEY[:${PLAN_NAMES}[:TIME_ZONE]]]...`;

/** `--site ID:SITEKEY[:PLAN[:TIME_ZONE]]`; startEmulator checks the values, this only splits them. */
function site(spec: string, at: string, problems: ParamProblems): SiteConfig | undefined {
  const [id, sitekey, plan, timeZone, ...rest] = spec.split(':');
  if (!id || !/^\d+$/.test(id) || !sitekey || rest.length > 0) {
    problems.report(at, 'form', 'expected ID:SITEKEY, ID:SITEKEY:PLAN or ID:SITEKEY:PLAN:TIME_ZONE');
    return undefined;
  }
  return {
    id: Number(id),
    sitekey,
    ...(plan === undefined ? {} : { plan: plan as Plan }),
    ...(timeZone === undefined ? {} : { timeZone }),
  };
}

/** A whole-number flag: its number, or NaN (which startEmulator then names as the bad option). */
const whole = (v: string): number => (/^\d+$/.test(v) ? Number(v) : Number.NaN);

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
  const problems = new ParamProblems();
  const sites = values.site?.map((spec, i) => site(spec, `--site #${i + 1}`, problems)) ?? [DEMO_SITE];
  problems.throwIfAny();
  const emu = await startEmulator({
    port: whole(values.port),
    host: values.host,
    seed: whole(values.seed),
    days: whole(values.days),
    sites: sites as SiteConfig[],
    ...(values.today === undefined ? {} : { today: values.today }),
  });
  console.log(`Clicky API emulator at ${emu.url}/api/stats/4 (today ${emu.today})`);
  for (const s of emu.sites) {
    // Only the demo site's key is printed: it is public; other keys stay out of logs.
    const key = s.sitekey === DEMO_SITE.sitekey ? s.sitekey : '(as given)';
    console.log(`  site_id=${s.id} sitekey=${key}${s.plan ? ` (${s.plan})` : ''}${s.timeZone ? ` ${s.timeZone}` : ''}`);
  }
  const stop = (): void => {
    void emu.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  // A ClickyParamError lists every bad flag; anything else (a port in use, say) prints its message.
  console.error(err instanceof ClickyParamError || err instanceof Error ? err.message : err);
  console.error(USAGE);
  process.exit(2);
});
