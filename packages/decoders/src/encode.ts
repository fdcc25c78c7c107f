// encode(): a result back to the API's bytes in any format, with the same layout knowledge the decoders use.
// The emulator answers with these, and the cross-format tests round-trip through them.
import type { DateGroup } from '@clicky-sdk/core';
import { encodeCsv, encodeCsvError } from './formats/csv.ts';
import { encodeJson, encodeJsonError } from './formats/json.ts';
import { encodePhp, encodePhpError } from './formats/php.ts';
import { encodeXml, encodeXmlError } from './formats/xml.ts';
import type { Format } from './result.ts';

export interface EncodeOptions {
  readonly format: Format;
  /** daily=1 was asked: CSV writes tally-only results as "date,value" lines. */
  readonly daily?: boolean;
  /** hourly=1 was asked: XML writes an hour per <value> in one item. */
  readonly hourly?: boolean;
}

export function encode(result: Readonly<Record<string, readonly DateGroup<object>[]>>, options: EncodeOptions): string {
  switch (options.format) {
    case 'json':
      return encodeJson(result);
    case 'xml':
      return encodeXml(result, { hourly: options.hourly === true });
    case 'php':
      return encodePhp(result);
    case 'csv':
      return encodeCsv(result, { daily: options.daily === true });
  }
}

/** The API's error body in a format. */
export function encodeError(message: string, format: Format): string {
  switch (format) {
    case 'json':
      return encodeJsonError(message);
    case 'xml':
      return encodeXmlError(message);
    case 'php':
      return encodePhpError(message);
    case 'csv':
      return encodeCsvError(message);
  }
}
