// The XML codec (also the `@clicky-sdk/decoders/xml` entry). DTDs are refused; the API's fixed shape is read by
// a purpose-built scanner. A streamed XML body is gathered and read whole (no streaming reader).
import type { Codec } from '../../codec.ts';
import { decodeXml } from './decode.ts';
import { encodeXml, encodeXmlError } from './encode.ts';

export const xmlCodec: Codec = {
  format: 'xml',
  accepts: (media) => media.endsWith('/xml') || media.endsWith('+xml'),
  sniff: (head) => head.charCodeAt(0) === 60 /* < */,
  decode: decodeXml,
  encode: encodeXml,
  encodeError: encodeXmlError,
};
