// The validated, normalised view of spec/clicky.openapi.yaml that every emitter reads.

export const CATEGORIES = ['tally', 'popular', 'chronological', 'segmentation'] as const;
export type Category = (typeof CATEGORIES)[number];

export const PARAM_KINDS = ['integer', 'boolean', 'string', 'enum', 'list', 'map', 'date', 'limit'] as const;
export type ParamKind = (typeof PARAM_KINDS)[number];

export const PARAM_FORMATS = ['date-expression', 'ip-filter', 'comparison', 'negatable', 'js-identifier'] as const;
export type ParamFormat = (typeof PARAM_FORMATS)[number];

export const PARAM_RULES = [
  'single-type',
  'all-types-hourly',
  'required-unless-alert-id',
  'required-when-applicable',
  'restricted-range',
] as const;
export type ParamRule = (typeof PARAM_RULES)[number];

export interface DataTypeModel {
  name: string;
  category: Category;
  /** Name of the item schema under components/schemas. */
  item: string;
  description: string;
  confidence: string;
  hourly: boolean;
  premium: boolean;
  restricted: boolean;
  ignoresDate: boolean;
}

export interface SegmentModel {
  name: string;
  item: string;
  description: string;
}

export interface ParamModel {
  name: string;
  description: string;
  kind: ParamKind;
  required: boolean;
  /** Expanded selectors: every data type the parameter applies to, in spec order. */
  appliesTo: string[];
  /** True when the selector was "*": the parameter applies to every request. */
  appliesToAll: boolean;
  /** The selectors as written, for the API index. */
  selectors: string[];
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  pattern?: string;
  values?: string[];
  default?: string | number | boolean;
  format?: ParamFormat;
  secret: boolean;
  requires?: Record<string, string>;
  rules: ParamRule[];
}

/** `list` names the XML element of each entry (the schema's `items.xml.name`, default `item`). */
export type FieldKind =
  | 'string'
  | 'integer'
  | 'number'
  | 'boolean'
  | 'string-map'
  | { object: string }
  | { list: string };

export interface FieldModel {
  name: string;
  kind: FieldKind;
  required: boolean;
  description?: string;
  values?: string[];
}

export interface ShapeModel {
  name: string;
  description?: string;
  fields: FieldModel[];
}

export interface PlanModel {
  name: string;
  description: string;
  historyDays?: number;
  maxResults?: number;
  maxRangeDays: number;
}

export interface LimitsModel {
  limitDefault: number;
  limitMin: number;
  limitMax: number;
  limitAllCap: number;
  restrictedMaxRangeDays: number;
  restrictedMaxLimit: number;
  restrictedMaxConcurrentPerSite: number;
  timeOffsetMaxSeconds: number;
  appMaxLength: number;
}

export interface QuirkModel {
  id: string;
  why: string;
  evidence: string;
  strength: string;
}

export interface SpecModel {
  title: string;
  version: string;
  path: string;
  operationPath: string;
  dataTypes: DataTypeModel[];
  segments: SegmentModel[];
  params: ParamModel[];
  /** Item shapes reachable from data types and segments, nested shapes included, in spec order. */
  shapes: ShapeModel[];
  limits: LimitsModel;
  plans: PlanModel[];
  defaultPlan: string;
  quirks: QuirkModel[];
  /** The spec document with x-clicky-enum-from enums filled in, for openapi-typescript. */
  document: Record<string, unknown>;
}
