// The validated, normalised view of spec/clicky.openapi.yaml that every emitter reads. The spec's vocabulary
// (categories, kinds, formats, rules, field kinds) is core's: one definition for the generator and the SDK.
import type {
  Category,
  FieldSpec,
  ParamDefault,
  ParamFormat,
  ParamKind,
  ParamRule,
} from '../../../packages/core/src/spec-types.ts';

export interface DataTypeModel {
  name: string;
  category: Category;
  /** Name of the item schema under components/schemas. */
  item: string;
  description: string;
  confidence: string;
  hourly: boolean;
  /** The least plan (a name of x-clicky-plans) that answers the type; absent when every plan does. */
  plan?: string;
  /** `weak` when only a guess puts the type on its plan. */
  planEvidence?: 'weak';
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
  /** The selectors as written. */
  selectors: string[];
  min?: number;
  max?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  pattern?: string;
  patternHint?: string;
  values?: string[];
  /** The `x-clicky-enum-from` source of a list's values (`x-clicky-data-types`, `segments`), when they come from one. */
  valuesFrom?: string;
  /** The schema a list's items `$ref`, when they name one. */
  valuesSchema?: string;
  default?: ParamDefault;
  format?: ParamFormat;
  secret: boolean;
  requires?: Record<string, string>;
  implies?: Record<string, string>;
  overrides?: string[];
  rules: ParamRule[];
}

/** What a field decodes to; `list` names the XML element of each entry (the schema's `items.xml.name`). */
export type FieldKind = FieldSpec;

export interface FieldModel {
  name: string;
  kind: FieldKind;
  required: boolean;
  description?: string;
  values?: string[];
  /** Other names the field arrives under on the wire (`x-clicky-wire-names`), read as this field. */
  wireNames?: string[];
}

export interface ShapeModel {
  name: string;
  description?: string;
  fields: FieldModel[];
  /** `x-clicky-key`: the required fields that tell items apart; absent when an item is known by its content. */
  key?: string[];
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
  /** Restricted requests in flight at once per IP address and site (a custom plan lifts it). */
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
  /** What `segments=` accepts: tally and popular types, then the extra segment names. Built once. */
  segmentNames: string[];
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
