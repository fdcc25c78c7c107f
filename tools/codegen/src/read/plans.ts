// Reads `x-clicky-plans`: each account plan's caps, and the plan validation assumes by default.
import { isRecord } from '../../../../packages/core/src/guards.ts';
import type { PlanModel } from '../model.ts';
import { fail, type ReadContext } from './context.ts';
import { num } from './limits.ts';

export function readPlans(ctx: ReadContext): { plans: PlanModel[]; defaultPlan: string } {
  const raw = ctx.doc['x-clicky-plans'];
  if (!isRecord(raw)) fail(ctx, 'x-clicky-plans', 'missing');
  const root = isRecord(raw) ? raw : {};
  const plans: PlanModel[] = [];
  for (const [name, p] of Object.entries(root)) {
    if (name === 'default') continue;
    const path = `x-clicky-plans.${name}`;
    if (!isRecord(p)) {
      fail(ctx, path, 'expected a mapping');
      continue;
    }
    const plan: PlanModel = {
      name,
      description: String(p.description ?? ''),
      maxRangeDays: num(ctx, p, 'max-range-days', path),
    };
    if (typeof p['history-days'] === 'number') plan.historyDays = p['history-days'];
    if (typeof p['max-results'] === 'number') plan.maxResults = p['max-results'];
    plans.push(plan);
  }
  const defaultPlan = String(root.default ?? '');
  if (!plans.some((p) => p.name === defaultPlan)) fail(ctx, 'x-clicky-plans.default', `names no plan (${defaultPlan})`);
  return { plans, defaultPlan };
}
