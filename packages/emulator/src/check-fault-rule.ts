// Checks a fault rule before it is used, so that a typo is an error naming the field instead of a fault that never
// ends (`drip.bytes: 0`), never applies, or breaks the server (a header value with a line break).
import { isRecord, OUTPUT_FORMATS } from '@clicky-sdk/core';
import type { ParamProblems } from './problems.ts';

const RULE_NAMES: ReadonlySet<string> = new Set([
  'match',
  'after',
  'times',
  'latencyMs',
  'drip',
  'status',
  'retryAfter',
  'reset',
  'truncate',
  'malformed',
]);
const MATCH_NAMES: ReadonlySet<string> = new Set(['type', 'output', 'siteId', 'query']);
const DRIP_NAMES: ReadonlySet<string> = new Set(['bytes', 'intervalMs']);
const RESETS: ReadonlySet<unknown> = new Set(['before-response', 'mid-body']);
/** The longest wait a rule may ask for: ten minutes. */
const MAX_WAIT_MS = 600_000;

const isInt = (v: unknown, min: number, max: number): boolean =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max;
const isCount = (v: unknown): boolean => isInt(v, 0, Number.MAX_SAFE_INTEGER);
const isWait = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_WAIT_MS;
/** An HTTP header value: printable ASCII, no line breaks. */
const isHeaderValue = (v: unknown): boolean => typeof v === 'string' && /^[\x20-\x7e]{1,200}$/.test(v);

function unknownNames(value: Record<string, unknown>, known: ReadonlySet<string>, at: string, problems: ParamProblems) {
  for (const name of Object.keys(value))
    if (!known.has(name)) problems.report(`${at}${name}`, 'unknown', 'is not a fault option');
}

function checkMatch(match: unknown, at: string, problems: ParamProblems): void {
  if (!isRecord(match)) {
    problems.report(`${at}match`, 'kind', 'must be an object');
    return;
  }
  unknownNames(match, MATCH_NAMES, `${at}match.`, problems);
  if (match.type !== undefined && typeof match.type !== 'string')
    problems.report(`${at}match.type`, 'kind', 'must be a type name');
  if (match.output !== undefined && !OUTPUT_FORMATS.some((f) => f === match.output))
    problems.report(`${at}match.output`, 'enum', `must be one of ${OUTPUT_FORMATS.join(', ')}`);
  if (match.siteId !== undefined && !isInt(match.siteId, 1, Number.MAX_SAFE_INTEGER))
    problems.report(`${at}match.siteId`, 'range', 'must be a positive whole number');
  if (match.query !== undefined && !(match.query instanceof RegExp))
    problems.report(`${at}match.query`, 'kind', 'must be a RegExp');
}

function checkDrip(drip: unknown, at: string, problems: ParamProblems): void {
  if (!isRecord(drip)) {
    problems.report(`${at}drip`, 'kind', 'must be { bytes, intervalMs }');
    return;
  }
  unknownNames(drip, DRIP_NAMES, `${at}drip.`, problems);
  if (!isInt(drip.bytes, 1, Number.MAX_SAFE_INTEGER))
    problems.report(`${at}drip.bytes`, 'range', 'must be a whole number of at least 1');
  if (!isWait(drip.intervalMs)) problems.report(`${at}drip.intervalMs`, 'range', `must be from 0 to ${MAX_WAIT_MS} ms`);
}

/** Records every problem of `rule`, each named from `at` (`faults[2].` or empty). */
export function checkFaultRule(rule: unknown, at: string, problems: ParamProblems): void {
  if (!isRecord(rule)) {
    problems.report(at === '' ? 'rule' : at.slice(0, -1), 'kind', 'must be a fault rule object');
    return;
  }
  unknownNames(rule, RULE_NAMES, at, problems);
  if (rule.match !== undefined) checkMatch(rule.match, at, problems);
  if (rule.after !== undefined && !isCount(rule.after))
    problems.report(`${at}after`, 'range', 'must be a whole number, 0 or more');
  if (rule.times !== undefined && !isCount(rule.times))
    problems.report(`${at}times`, 'range', 'must be a whole number, 0 or more');
  if (rule.latencyMs !== undefined && !isWait(rule.latencyMs))
    problems.report(`${at}latencyMs`, 'range', `must be from 0 to ${MAX_WAIT_MS} ms`);
  if (rule.drip !== undefined) checkDrip(rule.drip, at, problems);
  if (rule.status !== undefined && !isInt(rule.status, 200, 599))
    problems.report(`${at}status`, 'range', 'must be an HTTP status from 200 to 599');
  if (rule.retryAfter !== undefined && !isCount(rule.retryAfter) && !isHeaderValue(rule.retryAfter))
    problems.report(`${at}retryAfter`, 'kind', 'must be seconds or an HTTP date (printable text, no line breaks)');
  if (rule.reset !== undefined && !RESETS.has(rule.reset))
    problems.report(`${at}reset`, 'enum', "must be 'before-response' or 'mid-body'");
  if (rule.truncate !== undefined && !isCount(rule.truncate))
    problems.report(`${at}truncate`, 'range', 'must be a whole number of bytes, 0 or more');
  if (rule.malformed !== undefined && typeof rule.malformed !== 'boolean')
    problems.report(`${at}malformed`, 'kind', 'must be true or false');
}
