// Checks startEmulator's options up front, so a mistake is one clear error naming every bad option instead of an
// emulator that answers nonsense.
import { isRecord, PLANS, parseDateExpression, parseIso } from '@clicky-sdk/core';
import { checkFaultRule } from './check-fault-rule.ts';
import type { EmulatorOptions, SiteConfig } from './options.ts';
import { ParamProblems } from './problems.ts';
import { SITEKEY_PATTERN } from './spec-params.ts';

const OPTION_NAMES: ReadonlySet<string> = new Set(['port', 'host', 'seed', 'sites', 'today', 'now', 'days', 'faults']);
const SITE_NAMES: ReadonlySet<string> = new Set(['id', 'sitekey', 'plan', 'visitorsPerDay', 'concurrency', 'timeZone']);

const isInt = (v: unknown, min: number, max: number): boolean =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;

/** A short printable form of a value that is not a secret. */
const show = (v: unknown): string => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
};

function checkToday(today: unknown, problems: ParamProblems): void {
  if (typeof today !== 'string') {
    problems.report('today', 'kind', 'must be one day, YYYY-MM-DD');
    return;
  }
  try {
    if (parseDateExpression(today).kind !== 'day' || parseIso(today) === undefined)
      problems.report('today', 'date', 'must be one day, YYYY-MM-DD');
  } catch (e) {
    problems.report('today', 'date', e instanceof Error ? e.message : 'must be one day, YYYY-MM-DD');
  }
}

function checkSite(site: unknown, at: string, ids: Set<number>, problems: ParamProblems): void {
  if (!isRecord(site)) {
    problems.report(at, 'kind', 'must be an object with id and sitekey');
    return;
  }
  for (const name of Object.keys(site))
    if (!SITE_NAMES.has(name)) problems.report(`${at}.${name}`, 'unknown', 'is not a site option');
  const s = site as Partial<SiteConfig>;
  if (!isInt(s.id, 1, Number.MAX_SAFE_INTEGER)) problems.report(`${at}.id`, 'range', 'must be a positive whole number');
  else if (ids.has(s.id as number)) problems.report(`${at}.id`, 'duplicate', `${s.id} is listed twice`);
  else ids.add(s.id as number);
  // Named by rule, never by value: the emulator treats sitekeys as the SDK does.
  if (typeof s.sitekey !== 'string' || !SITEKEY_PATTERN.test(s.sitekey))
    problems.report(`${at}.sitekey`, 'pattern', 'must be 12-16 letters and digits');
  if (s.plan !== undefined && !(typeof s.plan === 'string' && Object.hasOwn(PLANS, s.plan)))
    problems.report(`${at}.plan`, 'enum', `must be one of ${Object.keys(PLANS).join(', ')}`);
  if (s.visitorsPerDay !== undefined && !isInt(s.visitorsPerDay, 1, 100_000))
    problems.report(`${at}.visitorsPerDay`, 'range', 'must be a whole number from 1 to 100000');
  if (s.concurrency !== undefined && !isInt(s.concurrency, 1, 1000))
    problems.report(`${at}.concurrency`, 'range', 'must be a whole number from 1 to 1000');
  if (s.timeZone !== undefined) {
    let known = typeof s.timeZone === 'string';
    try {
      if (known) new Intl.DateTimeFormat('en-US', { timeZone: s.timeZone });
    } catch {
      known = false;
    }
    if (!known)
      problems.report(`${at}.timeZone`, 'time-zone', `${show(s.timeZone)} is not an IANA time zone this runtime knows`);
  }
}

/** Throws a ClickyParamError naming every bad option (`port`, `sites[1].sitekey`, ...); returns when all are fine. */
export function checkOptions(options: unknown): asserts options is EmulatorOptions {
  const problems = new ParamProblems();
  if (!isRecord(options)) {
    problems.report('options', 'kind', 'must be an object');
    return problems.throwIfAny();
  }
  for (const name of Object.keys(options))
    if (!OPTION_NAMES.has(name)) problems.report(name, 'unknown', 'is not an emulator option');
  const o = options as EmulatorOptions;
  if (o.port !== undefined && !isInt(o.port, 0, 65535))
    problems.report('port', 'range', 'must be a whole number from 0 to 65535');
  if (o.host !== undefined && (typeof o.host !== 'string' || o.host === ''))
    problems.report('host', 'kind', 'must be a host name or address');
  if (o.seed !== undefined && !isInt(o.seed, -(2 ** 31), 2 ** 32))
    problems.report('seed', 'range', 'must be a 32-bit whole number');
  if (o.days !== undefined && !isInt(o.days, 1, 3660))
    problems.report('days', 'range', 'must be a whole number from 1 to 3660');
  if (o.now !== undefined && !isInt(o.now, 0, 2 ** 40)) problems.report('now', 'range', 'must be unix seconds');
  if (o.today !== undefined) checkToday(o.today, problems);
  if (o.sites !== undefined) {
    if (!Array.isArray(o.sites) || o.sites.length === 0)
      problems.report('sites', 'min-items', 'must list at least one site');
    const ids = new Set<number>();
    if (Array.isArray(o.sites))
      for (let i = 0; i < o.sites.length; i++) checkSite(o.sites[i], `sites[${i}]`, ids, problems);
  }
  if (o.faults !== undefined && !Array.isArray(o.faults))
    problems.report('faults', 'kind', 'must be a list of fault rules');
  if (Array.isArray(o.faults))
    for (let i = 0; i < o.faults.length; i++) checkFaultRule(o.faults[i], `faults[${i}].`, problems);
  problems.throwIfAny();
}
