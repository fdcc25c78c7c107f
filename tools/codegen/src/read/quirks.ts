// Reads `x-clicky-quirks`: the named facts about the API that surprise, each with why and the evidence.
import { isRecord } from '../../../../packages/core/src/guards.ts';
import type { QuirkModel } from '../model.ts';
import { fail, type ReadContext } from './context.ts';

/** How much a quirk's evidence carries: a sample or the reference, several clients or an implication, a guess. */
const STRENGTHS = ['strong', 'medium', 'weak'];

export function readQuirks(ctx: ReadContext): QuirkModel[] {
  const raw = ctx.doc['x-clicky-quirks'];
  const quirks: QuirkModel[] = [];
  (Array.isArray(raw) ? raw : []).forEach((q: unknown, i) => {
    if (!isRecord(q) || typeof q.id !== 'string' || typeof q.why !== 'string' || typeof q.evidence !== 'string') {
      fail(ctx, `x-clicky-quirks[${i}]`, 'a quirk needs id, why and evidence');
      return;
    }
    if (!STRENGTHS.includes(String(q.strength)))
      fail(ctx, `x-clicky-quirks[${i}].strength`, `missing or not one of ${STRENGTHS.join(', ')}`);
    if (quirks.some((other) => other.id === q.id)) fail(ctx, `x-clicky-quirks[${i}]`, `duplicate id ${q.id}`);
    quirks.push({ id: q.id, why: q.why, evidence: q.evidence, strength: String(q.strength) });
  });
  return quirks;
}
