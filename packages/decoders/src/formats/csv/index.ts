// The CSV codec (also the `@clicky-sdk/decoders/csv` entry). CSV has the weakest evidence of the four formats:
// see the spec's csv-layout quirk and reader.ts.
import type { Codec } from '../../codec.ts';
import { encodeCsv, encodeCsvError } from './encode.ts';
import { CsvLayoutReader } from './reader.ts';

export const csvCodec: Codec = {
  format: 'csv',
  accepts: (media) => media === 'text/csv',
  // Every CSV body, data or error, opens with a "# " line.
  sniff: (head) => head.charCodeAt(0) === 35,
  decode: (text, options) => new CsvLayoutReader(options).whole(text),
  reader: (options, sink) => new CsvLayoutReader(options, sink),
  encode: encodeCsv,
  encodeError: encodeCsvError,
};
