// A validated request ready to send. It holds the sitekey, and never shows it: toString, toJSON and the
// Node/Deno inspectors print the URL with the sitekey redacted. Only a transport asks for the real URL.
import { BASE_URL_RULE, baseUrlOrigin } from './base-url.ts';
import type { DateRange } from './date-expression.ts';
import { ClickyParamError } from './errors.ts';
import type { DataType, SegmentName } from './generated/data-types.ts';
import type { StatsParams } from './generated/params.ts';
import { API_PATH } from './generated/tables.ts';
import { PARAM_ROLES } from './param-roles.ts';
import { buildQuery } from './query.ts';
import { redact } from './redact.ts';
import { revealSecret, SecretValue } from './secret.ts';
import { type ValidationOptions, type ValidRequest, validateRequest } from './validate.ts';

export const DEFAULT_BASE_URL = 'https://api.clicky.com';

export class PreparedRequest {
  readonly siteId: number;
  readonly types: readonly DataType[];
  readonly output: ValidRequest['output'];
  readonly range: DateRange | undefined;
  readonly baseUrl: string;
  readonly #root: string;
  readonly #url: string;
  readonly #params: ValidRequest['params'];
  #redactedUrl: string | undefined;

  constructor(valid: ValidRequest, baseUrl: string = DEFAULT_BASE_URL) {
    this.siteId = valid.params.find(([n]) => n === PARAM_ROLES.siteId)?.[1] as number;
    this.types = valid.types;
    this.output = valid.output;
    this.range = valid.range;
    this.baseUrl = baseUrl;
    let end = baseUrl.length;
    while (end > 0 && baseUrl.charCodeAt(end - 1) === 47 /* / */) end--;
    this.#root = `${baseUrl.slice(0, end)}${API_PATH}?`;
    this.#params = valid.params;
    this.#url = this.#root + buildQuery(valid.params);
  }

  /**
   * The URL with the sitekey replaced by [redacted], and any sitekey quoted in another value (an href holding
   * `sitekey%3D...`, or the key itself given as a filter) redacted too: safe to log. Built when first asked for.
   */
  get redactedUrl(): string {
    if (this.#redactedUrl === undefined) {
      const secrets: string[] = [];
      for (const [, value] of this.#params) if (value instanceof SecretValue) secrets.push(revealSecret(value));
      this.#redactedUrl = redact(this.#root + buildQuery(this.#params, false), secrets);
    }
    return this.#redactedUrl;
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
 * the spec: a misspelt parameter or type name does not compile. `baseUrl` is checked like the client's.
 */
export function prepareRequest<T extends DataType, S extends SegmentName = never>(
  params: StatsParams<T, S>,
  options: ValidationOptions & { readonly baseUrl?: string } = {},
): PreparedRequest {
  const baseUrl = options.baseUrl === undefined ? DEFAULT_BASE_URL : baseUrlOrigin(options.baseUrl);
  if (baseUrl === undefined)
    throw new ClickyParamError([{ param: '(options.baseUrl)', rule: 'option', message: BASE_URL_RULE }]);
  return new PreparedRequest(validateRequest(params as unknown as Readonly<Record<string, unknown>>, options), baseUrl);
}
