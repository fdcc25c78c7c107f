// The spec's parameters whose rules the emulator reads, looked up once in core's generated table.
import { ClickyParamError, type DataType, type OutputFormat, PARAMETERS, type ParamSpec } from '@clicky-sdk/core';

const BY_NAME: ReadonlyMap<string, ParamSpec> = new Map(PARAMETERS.map((p) => [p.name, p]));

function param(name: string): ParamSpec {
  const spec = BY_NAME.get(name);
  if (spec === undefined) throw new ClickyParamError([{ param: name, rule: 'spec', message: 'is not in the spec' }]);
  return spec;
}

const patternOf = (name: string): RegExp => new RegExp(param(name).pattern ?? '');

/** What a sitekey looks like. */
export const SITEKEY_PATTERN: RegExp = patternOf('sitekey');
/** What `json_callback` accepts: a JavaScript name, dots allowed. */
export const JSON_CALLBACK_PATTERN: RegExp = patternOf('json_callback');
/** What `json_var` accepts. */
export const JSON_VAR_PATTERN: RegExp = patternOf('json_var');
/** The format the API answers in when `output` is absent or not one it knows. */
export const DEFAULT_OUTPUT = param('output').default as OutputFormat;
/** The parameter applies to data type `type`, as the spec says. */
export function appliesTo(name: string, type: DataType): boolean {
  const { appliesTo } = param(name);
  return appliesTo === '*' || appliesTo.includes(type);
}

/** The fields `visitor-details` may name. */
export const VISITOR_DETAILS: ReadonlySet<string> = new Set(param('visitor-details').values ?? []);
