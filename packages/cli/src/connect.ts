// Who the commands talk to: the site and key from flags or the environment, or, with neither, a demo site on an
// emulator started inside this process. Every request goes through @clicky-sdk/node's client.

import { DEMO_SITE, startEmulator } from '@clicky-sdk/emulator';
import { type ClickyClient, createClient, PLANS, type Plan, todayIn } from '@clicky-sdk/node';
import { UsageError } from './failure.ts';

/** The flags every command that reads the API takes. */
export interface SiteFlags {
  siteId?: string;
  sitekey?: string;
  baseUrl?: string;
  timeZone?: string;
  plan?: string;
}

export interface Connection {
  readonly client: ClickyClient;
  readonly siteId: number;
  readonly timeZone: string;
  /** The site's "today" (YYYY-MM-DD) in its time zone. */
  readonly today: () => string;
  /** True when the requests go to the embedded emulator. */
  readonly embedded: boolean;
  close(): Promise<void>;
}

/** Reads flags first, then CLICKY_SITE_ID / CLICKY_SITEKEY / CLICKY_BASE_URL. */
export function siteSettings(
  flags: SiteFlags,
  env: NodeJS.ProcessEnv,
): {
  siteId: string | undefined;
  sitekey: string | undefined;
  baseUrl: string | undefined;
} {
  const pick = (flag: string | undefined, name: string): string | undefined =>
    flag ?? (env[name] === '' ? undefined : env[name]);
  return {
    siteId: pick(flags.siteId, 'CLICKY_SITE_ID'),
    sitekey: pick(flags.sitekey, 'CLICKY_SITEKEY'),
    baseUrl: pick(flags.baseUrl, 'CLICKY_BASE_URL'),
  };
}

function checkedSiteId(value: string): number {
  if (!/^[1-9]\d{0,15}$/.test(value) || !Number.isSafeInteger(Number(value)))
    throw new UsageError(`--site-id must be a positive whole number (got ${JSON.stringify(value.slice(0, 40))})`);
  return Number(value);
}

function checkedPlan(value: string | undefined): Plan | undefined {
  if (value === undefined) return undefined;
  if (!Object.hasOwn(PLANS, value)) throw new UsageError(`--plan must be one of ${Object.keys(PLANS).join(', ')}`);
  return value as Plan;
}

/**
 * Opens a client. With a site ID and a sitekey (both, or neither), the API or `--base-url`; with neither, the
 * embedded emulator's demo site, said on stderr. `signal` aborts every request (Ctrl-C).
 */
export async function connect(
  flags: SiteFlags,
  env: NodeJS.ProcessEnv,
  signal: AbortSignal,
  note: (line: string) => void,
): Promise<Connection> {
  const { siteId, sitekey, baseUrl } = siteSettings(flags, env);
  const timeZone = flags.timeZone ?? 'UTC';
  const plan = checkedPlan(flags.plan);
  if ((siteId === undefined) !== (sitekey === undefined)) {
    throw new UsageError(
      `${siteId === undefined ? '--site-id (or CLICKY_SITE_ID)' : '--sitekey (or CLICKY_SITEKEY)'} is missing: give both, or neither to use the embedded emulator`,
    );
  }
  const common = { timeZone, signal, app: 'clicky-cli', ...(plan === undefined ? {} : { plan }) };
  if (siteId !== undefined && sitekey !== undefined) {
    const id = checkedSiteId(siteId);
    if (!/^[A-Za-z0-9]{12,16}$/.test(sitekey)) throw new UsageError('--sitekey must be 12-16 letters and digits');
    const client = createClient({ siteId: id, sitekey, ...(baseUrl === undefined ? {} : { baseUrl }), ...common });
    return {
      client,
      siteId: id,
      timeZone,
      today: () => todayIn(timeZone),
      embedded: false,
      close: () => client.close(),
    };
  }
  const emu = await startEmulator({ seed: 1 });
  note(
    `clicky: no credentials given (--site-id/--sitekey or CLICKY_SITE_ID/CLICKY_SITEKEY): using the embedded emulator's demo site ${DEMO_SITE.id}`,
  );
  let client: ReturnType<typeof createClient>;
  try {
    client = createClient({ siteId: DEMO_SITE.id, sitekey: DEMO_SITE.sitekey, baseUrl: emu.url, ...common });
  } catch (e) {
    await emu.close(); // a refused option (a bad --time-zone) must not leave the server holding the process open
    throw e;
  }
  return {
    client,
    siteId: DEMO_SITE.id,
    timeZone,
    today: () => todayIn(timeZone),
    embedded: true,
    close: async () => {
      await client.close();
      await emu.close();
    },
  };
}
