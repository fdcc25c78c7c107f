// Reads `x-clicky-data-types`: each type's category, item shape and flags.
import { isRecord } from '../../../../packages/core/src/guards.ts';
import { CATEGORIES, type Category } from '../../../../packages/core/src/spec-types.ts';
import type { DataTypeModel } from '../model.ts';
import { fail, type ReadContext, refName } from './context.ts';

const KEYS = new Set([
  'category',
  'item',
  'description',
  'confidence',
  'hourly',
  'plan',
  'plan-evidence',
  'restricted',
  'ignores-date',
]);

export function readDataTypes(ctx: ReadContext): DataTypeModel[] {
  const dataTypes: DataTypeModel[] = [];
  const raw = ctx.doc['x-clicky-data-types'];
  if (!isRecord(raw) || Object.keys(raw).length === 0) fail(ctx, 'x-clicky-data-types', 'missing or empty');
  for (const [name, entry] of Object.entries(isRecord(raw) ? raw : {})) {
    const path = `x-clicky-data-types.${name}`;
    if (!/^[a-z][a-z0-9-]*$/.test(name)) fail(ctx, path, 'a data type name is lower-case letters, digits and dashes');
    if (!isRecord(entry)) {
      fail(ctx, path, 'expected a mapping');
      continue;
    }
    for (const key of Object.keys(entry)) if (!KEYS.has(key)) fail(ctx, `${path}.${key}`, 'unknown key');
    const category = entry.category;
    if (typeof category !== 'string' || !(CATEGORIES as readonly string[]).includes(category)) {
      fail(ctx, `${path}.category`, `missing or not one of ${CATEGORIES.join(', ')}`);
    }
    if (entry.item === undefined) fail(ctx, `${path}.item`, 'missing item schema');
    const item = entry.item === undefined ? undefined : refName(ctx, entry.item, `${path}.item`);
    if (typeof entry.description !== 'string') fail(ctx, `${path}.description`, 'missing');
    const plan = entry.plan;
    if (plan !== undefined && typeof plan !== 'string') fail(ctx, `${path}.plan`, 'expected a plan name');
    const evidence = entry['plan-evidence'];
    if (evidence !== undefined && (evidence !== 'weak' || plan === undefined))
      fail(ctx, `${path}.plan-evidence`, 'only `weak`, and only beside a plan');
    if (item === undefined || typeof category !== 'string') continue;
    const model: DataTypeModel = {
      name,
      category: category as Category,
      item,
      description: String(entry.description ?? ''),
      confidence: String(entry.confidence ?? 'official'),
      hourly: entry.hourly === true,
      restricted: entry.restricted === true,
      ignoresDate: entry['ignores-date'] === true,
    };
    if (typeof plan === 'string') model.plan = plan;
    if (evidence === 'weak') model.planEvidence = 'weak';
    dataTypes.push(model);
  }
  return dataTypes;
}
