// A validated request ready to send. It holds the sitekey, and never shows it: toString, toJSON and the
// Node/Deno inspectors print the URL with the sitekey redacted. Only a transport asks for the real URL.
import type { DateRange } from './date-expression.ts';
import type { DataType, SegmentName } from './generated/data-types.ts';
import type { StatsParams } from './generated/params.ts';
import { API_PATH } from './generated/tables.ts';
import { buildQuery } from './query.ts';
import { REDACTED } from './redact.ts';
import { type ValidationOptions, type ValidRequest, validateRequest } from './validate.ts';

export const DEFAULT_BASE_URL = 'https://api.clicky.com';

export class PreparedRequest {
  readonly siteId: number;
  readonly types: readonly DataType[];
  readonly output: ValidRequest['output'];
  readonly range: DateRange | undefined;
  readonly baseUrl: string;
  /** The URL with the sitekey replaced by [redacted]: safe to log. */
  readonly redactedUrl: string;
  readonly #url: string;

  constructor(valid: ValidRequest, baseUrl: string = DEFAULT_BASE_URL) {
    const value = (name: string): unknown => valid.params.find(([n]) => n === name)?.[1];
    this.siteId = value('site_id') as number;
    this.types = valid.types;
    this.output = valid.output;
    this.range = valid.range;
    this.baseUrl = baseUrl;
    const root = `${baseUrl.replace(/\/+$/, '')}${API_PATH}?`;
    this.#url = root + buildQuery(valid.params);
    // The sitekey is validated letters and digits, so it stands in the URL as it is: a plain replace suffices.
    const sitekey = value('sitekey');
    this.redactedUrl =
      typeof sitekey === 'string' ? this.#url.replace(`sitekey=${sitekey}`, `sitekey=${REDACTED}`) : this.#url;
  }

  /** The real URL, sitekey included. For transports only: never log it. */
  urlWithSitekey(): string {
    return this.#url;
  }

  toString(): string {
    return this.redactedUrl;
  }

  toJSON(): { url: string; siteId: number; types: readonly DataType[]; output: string } {
    return { url: this.redactedUrl, siteId: this.siteId, types: this.types, output: this.output };
  }
}

// Node's util.inspect and Deno's console look these symbols up; both print the redacted URL.
for (const key of ['nodejs.util.inspect.custom', 'Deno.customInspect']) {
  Object.defineProperty(PreparedRequest.prototype, Symbol.for(key), {
    value(this: PreparedRequest): string {
      return `PreparedRequest <${this.redactedUrl}>`;
    },
  });
}

/**
 * Validates `params` (site_id and sitekey included) and builds the request, or throws ClickyParamError. Typed by
 * the spec: a misspelt parameter or type name does not compile.
 */
export function prepareRequest<T extends DataType, S extends SegmentName = never>(
  params: StatsParams<T, S>,
  options: ValidationOptions & { readonly baseUrl?: string } = {},
): PreparedRequest {
  return new PreparedRequest(
    validateRequest(params as unknown as Readonly<Record<string, unknown>>, options),
    options.baseUrl,
  );
}
