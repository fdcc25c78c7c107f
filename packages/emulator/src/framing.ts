// How an API answer is framed for the wire: its content type and, when the request asked for JSONP, the wrapper.
// Data and error bodies are framed alike.
import type { OutputFormat } from '@clicky-sdk/core';

const CONTENT_TYPES: Readonly<Record<OutputFormat, string>> = {
  xml: 'text/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
  php: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};
const JAVASCRIPT = 'application/javascript; charset=utf-8';

export interface Framing {
  readonly output: OutputFormat;
  /** `json_callback`, when valid and the output is JSON. */
  readonly jsonCallback: string | undefined;
  /** `json_var`, when valid and the output is JSON; a callback wins over a variable. */
  readonly jsonVar: string | undefined;
}

export interface FramedBody {
  readonly body: string;
  readonly contentType: string;
}

export function frame(body: string, framing: Framing): FramedBody {
  if (framing.jsonCallback) return { body: `${framing.jsonCallback}(${body});`, contentType: JAVASCRIPT };
  if (framing.jsonVar) return { body: `var ${framing.jsonVar} = ${body};`, contentType: JAVASCRIPT };
  return { body, contentType: CONTENT_TYPES[framing.output] };
}
