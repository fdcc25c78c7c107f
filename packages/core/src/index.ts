// @clicky-sdk/core: the generated API types and tables, and the pure logic every client shares.
export * from './generated/index.ts';
export type * from './spec-types.ts';
export { parseAlertId } from './alert-id.ts';
export { daysInMonth, formatIso, isLeapYear, parseIso, type IsoDate } from './calendar.ts';
export {
  addDays,
  DateExpressionError,
  formatDateRange,
  MAX_RELATIVE_COUNT,
  parseDateExpression,
  rangeLength,
  resolveDateExpression,
  splitDateRange,
  todayIn,
  type DateExpression,
  type DateRange,
} from './date-expression.ts';
export {
  ClickyAbortError,
  ClickyApiError,
  ClickyDecodeError,
  ClickyError,
  ClickyHttpError,
  ClickyNetworkError,
  ClickyParamError,
  ClickyTimeoutError,
  type ClickyErrorCode,
  type ParamProblem,
} from './errors.ts';
export { isIpv6 } from './param-formats.ts';
export { buildQuery, encodeParam, encodeValue } from './query.ts';
export { redact, REDACTED } from './redact.ts';
export { DEFAULT_BASE_URL, PreparedRequest, prepareRequest } from './request.ts';
export { validateRequest, type NormalizedValue, type ValidationOptions, type ValidRequest } from './validate.ts';
