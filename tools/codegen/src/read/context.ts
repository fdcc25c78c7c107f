// What every section reader shares: the document, its schemas, and the one list of problems found so far.
import { isRecord } from '../../../../packages/core/src/guards.ts';
import { ProblemList } from '../../../../packages/core/src/problems.ts';

export type Obj = Record<string, unknown>;
export const SCHEMA_REF = '#/components/schemas/';
export const OPERATION_PATH = '/api/stats/4';

/** A spec that is not valid, with every problem at the spec path where it sits. */
export class SpecError extends Error {
  readonly problems: readonly string[];
  constructor(file: string, problems: readonly string[]) {
    super(`${file} is not a valid clicky spec:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SpecError';
    this.problems = problems;
  }
}

export interface ReadContext {
  readonly doc: Obj;
  readonly schemas: Obj;
  /** Problems as `spec.path: what is wrong`, thrown together as a SpecError. */
  readonly problems: ProblemList<string>;
}

export function newContext(doc: Obj, file: string): ReadContext {
  const components = isRecord(doc.components) ? doc.components : {};
  return {
    doc,
    schemas: isRecord(components.schemas) ? components.schemas : {},
    problems: new ProblemList<string>((problems) => new SpecError(file, problems)),
  };
}

/** Records a problem at a spec path. */
export function fail(ctx: ReadContext, path: string, message: string): void {
  ctx.problems.add(`${path}: ${message}`);
}

/** The schema name a `{ $ref: "#/components/schemas/NAME" }` points at, or undefined (reported). */
export function refName(ctx: ReadContext, ref: unknown, path: string): string | undefined {
  if (!isRecord(ref) || typeof ref.$ref !== 'string') {
    fail(ctx, path, 'expected { $ref: "#/components/schemas/NAME" }');
    return undefined;
  }
  if (!ref.$ref.startsWith(SCHEMA_REF)) {
    fail(ctx, `${path}.$ref`, `must point into ${SCHEMA_REF}`);
    return undefined;
  }
  const name = ref.$ref.slice(SCHEMA_REF.length);
  return name in ctx.schemas ? name : undefined; // unknown refs are reported by checkRefs
}
