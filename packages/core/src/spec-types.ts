// The spec's vocabulary, defined once for every package and for the generator: the words the spec's
// x-clicky-* extensions may use, and the shapes of the runtime tables generated into ./generated/.
import type { DataType, Plan } from './generated/data-types.ts';

/** How a data type's answer is laid out. */
export const CATEGORIES = ['tally', 'popular', 'chronological', 'segmentation'] as const;
export type Category = (typeof CATEGORIES)[number];

/** How the SDK reads and writes a parameter's value (`x-clicky-kind`). */
export const PARAM_KINDS = ['integer', 'boolean', 'string', 'enum', 'list', 'map', 'date', 'limit'] as const;
export type ParamKind = (typeof PARAM_KINDS)[number];

/** Syntax checked beyond the schema (`x-clicky-format`). */
export const PARAM_FORMATS = ['date-expression', 'ip-filter', 'comparison', 'negatable'] as const;
export type ParamFormat = (typeof PARAM_FORMATS)[number];

/**
 * Rules that look at more than one parameter (`x-clicky-rules`). Validation runs each rule a parameter names:
 * `single-type` (only with one requested type), `all-types-hourly` (every requested type keeps hourly data),
 * `required-unless-implied` (required unless a parameter given implies its value), `required-when-applicable` (required when a requested type is one it applies to),
 * `restricted-range` (the date range obeys the restricted types' and the plan's caps), `plan-limit` (the limit
 * obeys the plan's results cap).
 */
export const PARAM_RULES = [
  'single-type',
  'all-types-hourly',
  'required-unless-implied',
  'required-when-applicable',
  'restricted-range',
  'plan-limit',
] as const;
export type ParamRule = (typeof PARAM_RULES)[number];

/** A parameter's default, as the spec writes it. */
export type ParamDefault = string | number | boolean;

/** One query parameter as the spec describes it. */
export interface ParamSpec {
  readonly name: string;
  readonly kind: ParamKind;
  readonly required: boolean;
  /** The data types the parameter is meaningful for, or '*' for every request. */
  readonly appliesTo: '*' | readonly DataType[];
  readonly min?: number;
  readonly max?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly pattern?: string;
  /** What `pattern` means, in words, for error messages ("12-16 letters and digits"). */
  readonly patternHint?: string;
  /** Allowed values of an enum, or of each element of a list. */
  readonly values?: readonly string[];
  readonly default?: ParamDefault;
  readonly format?: ParamFormat;
  /** Never printed, logged or put in an error. */
  readonly secret?: boolean;
  /** Other parameters' values this one needs, e.g. `{ output: 'json' }`. */
  readonly requires?: Readonly<Record<string, string>>;
  /** Other parameters' values this one stands for when they are absent, e.g. alert_id implies `{ type: 'visitors-list' }`. */
  readonly implies?: Readonly<Record<string, string>>;
  /** Parameters the API ignores when this one is present (time_offset overrides date): their rules do not run. */
  readonly overrides?: readonly string[];
  readonly rules?: readonly ParamRule[];
}

export interface DataTypeInfo {
  readonly category: Category;
  /** The item shape's name. */
  readonly item: string;
  readonly hourly: boolean;
  /** The least plan that answers the type; absent when every plan does. The SDK does not refuse by plan. */
  readonly plan?: Plan;
  /** `weak` when only a guess puts the type on its plan. */
  readonly planEvidence?: 'weak';
  readonly restricted: boolean;
  readonly ignoresDate: boolean;
}

export interface LimitsTable {
  readonly limitDefault: number;
  readonly limitMin: number;
  readonly limitMax: number;
  readonly limitAllCap: number;
  readonly restrictedMaxRangeDays: number;
  readonly restrictedMaxLimit: number;
  /** Restricted requests in flight at once per IP address and site (a custom plan lifts it). One process sends
   * from one address, so a client gates per site. */
  readonly restrictedMaxConcurrentPerSite: number;
  readonly timeOffsetMaxSeconds: number;
  readonly appMaxLength: number;
}

export interface PlanInfo {
  /** Days of history kept, counting back from today. */
  readonly historyDays?: number;
  /** Most results one request answers. */
  readonly maxResults?: number;
  /** Longest date range one request may ask for. */
  readonly maxRangeDays: number;
}

/**
 * What a field's wire string decodes to. `{ object }` names a nested shape; `{ list }` is a list of strings
 * whose XML element is named `list`; `string-map` is free-form custom data (a string, or a list of strings
 * with custom_keys_multi_values, per key).
 */
export type FieldSpec =
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'string-map'
  | { readonly object: string }
  | { readonly list: string };

/** One item shape: what each field decodes to, and which fields every item has. */
export interface ShapeSpec {
  readonly fields: Readonly<Record<string, FieldSpec>>;
  readonly required: readonly string[];
  /** Other names fields arrive under on the wire, each to its field (`goals_completed` -> `completed`). */
  readonly wireNames?: Readonly<Record<string, string>>;
}

/** Every item shape by name. */
export type ShapeTable = Readonly<Record<string, ShapeSpec>>;
