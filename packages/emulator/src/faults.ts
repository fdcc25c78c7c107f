// Fault injection: rules that make matching requests slow, fail, or break, for testing clients.
import { checkFaultRule } from './check-fault-rule.ts';
import { ParamProblems } from './problems.ts';
import { DEFAULT_OUTPUT } from './spec-params.ts';

export interface FaultMatch {
  /** A requested type (one of the comma-joined `type` values). */
  readonly type?: string;
  readonly output?: string;
  readonly siteId?: number;
  /** Tested against the whole query string. */
  readonly query?: RegExp;
}

export interface FaultRule {
  /** Which requests; every request when absent. */
  readonly match?: FaultMatch;
  /** Let this many matching requests through untouched first. */
  readonly after?: number;
  /** Apply to this many matching requests (after `after`), then stop; every one when absent. */
  readonly times?: number;
  /** Wait before answering. */
  readonly latencyMs?: number;
  /** Send the body `bytes` at a time, `intervalMs` apart. */
  readonly drip?: { readonly bytes: number; readonly intervalMs: number };
  /** Answer with this HTTP status instead (500, 502, 503, 429, ...). */
  readonly status?: number;
  /** With `status`: a Retry-After header (seconds, or an HTTP date). */
  readonly retryAfter?: number | string;
  /** Drop the connection before any response, or halfway through the body. */
  readonly reset?: 'before-response' | 'mid-body';
  /** End the response cleanly after this many bytes of the body. */
  readonly truncate?: number;
  /** Send a body that is not valid in its format. */
  readonly malformed?: boolean;
}

/** The rule with its own copy of the query pattern, so that the caller's RegExp keeps its state and ours can be
 * reset before each test (with `g` or `y`, RegExp.test resumes at lastIndex and would skip every other request). */
function ownQuery(rule: FaultRule): FaultRule {
  const query = rule.match?.query;
  return query === undefined ? rule : { ...rule, match: { ...rule.match, query: new RegExp(query) } };
}

interface LiveRule {
  readonly rule: FaultRule;
  seen: number;
  applied: number;
}

export class Faults {
  readonly #rules: LiveRule[] = [];

  /** Adds a rule; returns a function that removes it. Throws ClickyParamError naming each bad field of `rule`. */
  add(rule: FaultRule): () => void {
    const problems = new ParamProblems();
    checkFaultRule(rule, '', problems);
    problems.throwIfAny();
    const live: LiveRule = { rule: ownQuery(rule), seen: 0, applied: 0 };
    this.#rules.push(live);
    return () => {
      const i = this.#rules.indexOf(live);
      if (i >= 0) this.#rules.splice(i, 1);
    };
  }

  clear(): void {
    this.#rules.length = 0;
  }

  /** The first rule that applies to a request, counting it as applied. */
  pick(query: URLSearchParams, raw: string): FaultRule | undefined {
    for (const live of this.#rules) {
      const m = live.rule.match;
      if (m?.type !== undefined && !(query.get('type') ?? '').split(',').includes(m.type)) continue;
      if (m?.output !== undefined && (query.get('output') ?? DEFAULT_OUTPUT) !== m.output) continue;
      if (m?.siteId !== undefined && query.get('site_id') !== String(m.siteId)) continue;
      if (m?.query !== undefined) {
        m.query.lastIndex = 0;
        if (!m.query.test(raw)) continue;
      }
      live.seen++;
      if (live.seen <= (live.rule.after ?? 0)) continue;
      if (live.rule.times !== undefined && live.applied >= live.rule.times) continue;
      live.applied++;
      return live.rule;
    }
    return undefined;
  }
}

/** A body that no decoder accepts: cut, with bytes that break every format's syntax. */
export function malform(body: string): string {
  return `${body.slice(0, Math.floor(body.length / 2))}\u0000<"{a:9:"\n`;
}
