// Checks startEmulator's options up front, so a mistake is a clear error instead of an emulator that answers
// nonsense.
import { PLANS, parseDateExpression } from '@clicky-sdk/core';
import type { EmulatorOptions } from './server.ts';

const isInt = (v: unknown, min: number, max: number): boolean =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;

/** Every problem with the options, as "option: rule" lines; empty when they are fine. */
export function optionProblems(options: EmulatorOptions): string[] {
  const problems: string[] = [];
  const bad = (name: string, rule: string): void => void problems.push(`${name}: ${rule}`);
  if (options.port !== undefined && !isInt(options.port, 0, 65535))
    bad('port', 'must be a whole number from 0 to 65535');
  if (options.seed !== undefined && !isInt(options.seed, -(2 ** 31), 2 ** 32))
    bad('seed', 'must be a 32-bit whole number');
  if (options.days !== undefined && !isInt(options.days, 1, 3660)) bad('days', 'must be a whole number from 1 to 3660');
  if (options.now !== undefined && !isInt(options.now, 0, 2 ** 40)) bad('now', 'must be unix seconds');
  if (options.today !== undefined) {
    try {
      if (parseDateExpression(options.today).kind !== 'day') bad('today', 'must be one day, YYYY-MM-DD');
    } catch (e) {
      bad('today', e instanceof Error ? e.message : String(e));
    }
  }
  if (options.sites !== undefined) {
    if (!Array.isArray(options.sites) || options.sites.length === 0) bad('sites', 'must list at least one site');
    const ids = new Set<number>();
    (options.sites ?? []).forEach((site, i) => {
      const at = `sites[${i}]`;
      if (!isInt(site.id, 1, Number.MAX_SAFE_INTEGER)) bad(`${at}.id`, 'must be a positive whole number');
      else if (ids.has(site.id)) bad(`${at}.id`, `${site.id} is listed twice`);
      else ids.add(site.id);
      // Shown by rule, never by value: the emulator treats sitekeys as the SDK does.
      if (typeof site.sitekey !== 'string' || !/^[A-Za-z0-9]{12,16}$/.test(site.sitekey))
        bad(`${at}.sitekey`, 'must be 12-16 letters and digits');
      if (site.plan !== undefined && !Object.hasOwn(PLANS, site.plan))
        bad(`${at}.plan`, `must be one of ${Object.keys(PLANS).join(', ')}`);
      if (site.visitorsPerDay !== undefined && !isInt(site.visitorsPerDay, 1, 100_000))
        bad(`${at}.visitorsPerDay`, 'must be a whole number from 1 to 100000');
      if (site.concurrency !== undefined && !isInt(site.concurrency, 1, 1000))
        bad(`${at}.concurrency`, 'must be a whole number from 1 to 1000');
      if (site.timeZone !== undefined) {
        try {
          new Intl.DateTimeFormat('en-US', { timeZone: site.timeZone });
        } catch {
          bad(`${at}.timeZone`, `${JSON.stringify(site.timeZone)} is not an IANA time zone this runtime knows`);
        }
      }
    });
  }
  return problems;
}
