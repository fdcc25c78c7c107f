// The shapes of the runtime tables the generator writes into ./generated/tables.ts.
import type { DataType } from './generated/data-types.ts';

export type Category = 'tally' | 'popular' | 'chronological' | 'segmentation';

export type ParamKind = 'integer' | 'boolean' | 'string' | 'enum' | 'list' | 'map' | 'date' | 'limit';

/** Syntax checked beyond the schema. */
export type ParamFormat = 'date-expression' | 'ip-filter' | 'comparison' | 'negatable' | 'js-identifier';

/** Rules that look at more than one parameter. */
export type ParamRule =
  | 'single-type'
  | 'all-types-hourly'
  | 'required-unless-alert-id'
  | 'required-when-applicable'
  | 'restricted-range';

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
  /** Allowed values of an enum, or of each element of a list. */
  readonly values?: readonly string[];
  readonly default?: string | number | boolean;
  readonly format?: ParamFormat;
  /** Never printed, logged or put in an error. */
  readonly secret?: boolean;
  /** Other parameters' values this one needs, e.g. `{ output: 'json' }`. */
  readonly requires?: Readonly<Record<string, string>>;
  readonly rules?: readonly ParamRule[];
}

export interface DataTypeInfo {
  readonly category: Category;
  /** The item shape's name. */
  readonly item: string;
  readonly hourly: boolean;
  readonly premium: boolean;
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
