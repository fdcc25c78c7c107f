// The generated parameter table, prepared once for validation: sets and regular expressions built at load,
// and each parameter's position, so values are kept by spec position (no hashing, spec order for free).
import { PARAMETERS } from './generated/tables.ts';
import { nearestName } from './nearest-name.ts';
import type { ParamSpec } from './spec-types.ts';

export interface CompiledParam {
  readonly spec: ParamSpec;
  /** Position in spec order. */
  readonly index: number;
  /** The types it applies to, or undefined for every type. */
  readonly appliesTo: ReadonlySet<string> | undefined;
  readonly pattern: RegExp | undefined;
  readonly values: ReadonlySet<string> | undefined;
  /** `requires` as entries, read on every request that carries the parameter. */
  readonly requires: readonly (readonly [string, string])[];
}

/** Every parameter, in spec order. */
export const PARAMS: readonly CompiledParam[] = PARAMETERS.map((spec, index) => ({
  spec,
  index,
  appliesTo: spec.appliesTo === '*' ? undefined : new Set<string>(spec.appliesTo),
  pattern: spec.pattern === undefined ? undefined : new RegExp(spec.pattern),
  values: spec.values && new Set(spec.values),
  requires: Object.entries(spec.requires ?? {}),
}));

export const BY_NAME: ReadonlyMap<string, CompiledParam> = new Map(PARAMS.map((c) => [c.spec.name, c]));

/** The few parameters each phase looks at, picked once: validation runs on every request. */
export const REQUIRED: readonly CompiledParam[] = PARAMS.filter((c) => c.spec.required);
export const WITH_RULES: readonly CompiledParam[] = PARAMS.filter((c) => c.spec.rules !== undefined);
export const OVERRIDING: readonly CompiledParam[] = PARAMS.filter((c) => c.spec.overrides !== undefined);
export const IMPLYING: readonly CompiledParam[] = PARAMS.filter((c) => c.spec.implies !== undefined);
export const SECRETS: readonly CompiledParam[] = PARAMS.filter((c) => c.spec.secret);
/** The parameter whose value is the date range (kind `date`). */
export const DATE_PARAM: CompiledParam | undefined = PARAMS.find((c) => c.spec.kind === 'date');

/** A known parameter name within two edits of `name`, for "did you mean". */
export function closestName(name: string): string | undefined {
  return nearestName(name, BY_NAME.keys());
}
