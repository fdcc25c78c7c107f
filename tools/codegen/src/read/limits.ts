// Reads `x-clicky-limits`: the numbers the API enforces.
import { isRecord } from '../../../../packages/core/src/guards.ts';
import type { LimitsModel } from '../model.ts';
import { fail, type Obj, type ReadContext } from './context.ts';

/** A number at `obj[key]`, or 0 with a problem recorded. */
export function num(ctx: ReadContext, obj: Obj, key: string, path: string): number {
  const v = obj[key];
  if (typeof v !== 'number') {
    fail(ctx, `${path}.${key}`, 'missing number');
    return 0;
  }
  return v;
}

export function readLimits(ctx: ReadContext): LimitsModel {
  const raw = ctx.doc['x-clicky-limits'];
  if (!isRecord(raw)) fail(ctx, 'x-clicky-limits', 'missing');
  const root = isRecord(raw) ? raw : {};
  const limit = isRecord(root.limit) ? root.limit : {};
  const restricted = isRecord(root.restricted) ? root.restricted : {};
  const at = 'x-clicky-limits';
  return {
    limitDefault: num(ctx, limit, 'default', `${at}.limit`),
    limitMin: num(ctx, limit, 'min', `${at}.limit`),
    limitMax: num(ctx, limit, 'max', `${at}.limit`),
    limitAllCap: num(ctx, limit, 'all-cap', `${at}.limit`),
    restrictedMaxRangeDays: num(ctx, restricted, 'max-range-days', `${at}.restricted`),
    restrictedMaxLimit: num(ctx, restricted, 'max-limit', `${at}.restricted`),
    restrictedMaxConcurrentPerSite: num(ctx, restricted, 'max-concurrent-per-ip-and-site', `${at}.restricted`),
    timeOffsetMaxSeconds: num(ctx, root, 'time-offset-max-seconds', at),
    appMaxLength: num(ctx, root, 'app-max-length', at),
  };
}
