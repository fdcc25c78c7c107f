// @clicky-sdk/core: the generated API types and tables, and the pure logic every client shares. Every export is
// named here on purpose (the generated ones in ./generated/index.ts); the README's export tables list the same.

export { parseAlertId } from './alert-id.ts';
export { daysInMonth, formatIso, type IsoDate, isLeapYear, parseIso, SECONDS_PER_DAY } from './calendar.ts';
export type { CallOptions } from './client/call-options.ts';
export {
  type ClickyClient,
  type ClickyClientBase,
  createClientWith,
  type Runtime,
} from './client/client.ts';
export { type FetchInit, type FetchLike, fetchTransport } from './client/fetch-transport.ts';
export type { LogEvent, Logger, LogLevel } from './client/log.ts';
export { methodName } from './client/method-names.ts';
export type { ClientOptions } from './client/options.ts';
export type { ItemStream, Page, PageCursor, PaginatedType, PaginateRequest } from './client/paginate.ts';
export { ClickyPromise, type ClickyResponse } from './client/response-promise.ts';
export { DEFAULT_RETRY_POLICY, isRetryable, parseRetryAfter, type RetryPolicy } from './client/retry.ts';
export type { DecodeHints, Decoder, Transport, TransportRequest, TransportResponse } from './client/transport.ts';
export { SDK_VERSION } from './client/version.ts';
export {
  addDays,
  type DateExpression,
  type DateRange,
  formatDateRange,
  MAX_RELATIVE_COUNT,
  parseDateExpression,
  rangeLength,
  resolveDateExpression,
  splitDateRange,
  todayIn,
} from './date-expression.ts';
export {
  ClickyAbortError,
  ClickyApiError,
  type ClickyApiErrorKind,
  ClickyDecodeError,
  ClickyError,
  type ClickyErrorCode,
  ClickyHttpError,
  ClickyNetworkError,
  ClickyParamError,
  ClickyTimeoutError,
  DateExpressionError,
  type ParamProblem,
} from './errors.ts';
export * from './generated/client-methods.ts';
export * from './generated/index.ts';
export { isPlainObject, isRecord, ownValue } from './guards.ts';
export type { ClientItem, ClientResult, Lenient, LenientStatsResult } from './lenient.ts';
export { PARAM_ROLES } from './param-roles.ts';
export { ProblemList } from './problems.ts';
export { buildQuery, encodeValue } from './query.ts';
export { REDACTED, redact } from './redact.ts';
export { DEFAULT_BASE_URL, PreparedRequest, prepareRequest } from './request.ts';
export { SecretValue } from './secret.ts';
export {
  CATEGORIES,
  type Category,
  type DataTypeInfo,
  type FieldSpec,
  type LimitsTable,
  PARAM_FORMATS,
  PARAM_KINDS,
  PARAM_RULES,
  type ParamDefault,
  type ParamFormat,
  type ParamKind,
  type ParamRule,
  type ParamSpec,
  type PlanInfo,
  type ShapeSpec,
  type ShapeTable,
} from './spec-types.ts';
export { type NormalizedValue, type ValidationOptions, type ValidRequest, validateRequest } from './validate.ts';
