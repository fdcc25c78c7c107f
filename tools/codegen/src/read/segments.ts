// Reads `x-clicky-segments`: the names `segments=` accepts besides tally and popular types.
import { isRecord } from '../../../../packages/core/src/guards.ts';
import type { DataTypeModel, SegmentModel } from '../model.ts';
import { fail, type ReadContext, refName } from './context.ts';

export function readSegments(ctx: ReadContext, dataTypes: readonly DataTypeModel[]): SegmentModel[] {
  const typeNames = new Set(dataTypes.map((t) => t.name));
  const segments: SegmentModel[] = [];
  const raw = ctx.doc['x-clicky-segments'];
  for (const [name, entry] of Object.entries(isRecord(raw) ? raw : {})) {
    const path = `x-clicky-segments.${name}`;
    if (typeNames.has(name)) fail(ctx, path, 'clashes with a data type name');
    if (!isRecord(entry)) {
      fail(ctx, path, 'expected a mapping');
      continue;
    }
    const item = refName(ctx, entry.item, `${path}.item`);
    if (item !== undefined) segments.push({ name, item, description: String(entry.description ?? '') });
  }
  return segments;
}
