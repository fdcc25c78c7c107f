// generated from spec/clicky.openapi.yaml by tools/codegen; do not edit.
// Change the spec or the generator, then run `pnpm generate`.

export type { components, operations, paths } from './openapi.ts';
export type { DataType, TallyType, PopularType, ChronologicalType, SegmentationType, HourlyType, RestrictedType, PremiumType, SegmentName, VisitorDetail, Plan, OutputFormat, TallyItem, TallyTextItem, PopularItem, GoalItem, VideoItem, VisitorsListItem, FirstVisit, VisitorGoals, ActionsListItem, RecentItem, UptimeItem, UptimeListItem, SegmentSummaryItem, TypeMap, SegmentMap, ItemOf, DateGroup, ResultKey, StatsResult } from './data-types.ts';
export type { StatsParams, StatsRequest, ParamName } from './params.ts';
export { DATA_TYPES, DATA_TYPE_NAMES, OUTPUT_FORMATS, SEGMENT_NAMES, PARAMETERS, LIMITS, PLANS, DEFAULT_PLAN, API_PATH } from './tables.ts';
