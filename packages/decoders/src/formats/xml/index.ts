// The XML codec (also the `@clicky-sdk/decoders/xml` entry). DTDs are refused; the API's fixed shape is read by
// a purpose-built scanner, whole or, for a streamed body, item by item as the text arrives.
import type { Codec } from '../../codec.ts';
import { decodeXml } from './decode.ts';
import { encodeXml, encodeXmlError } from './encode.ts';
import { XmlLayoutReader } from './reader.ts';

export const xmlCodec: Codec = {
  format: 'xml',
  accepts: (media) => media.endsWith('/xml') || media.endsWith('+xml'),
  sniff: (head) => head.charCodeAt(0) === 60 /* < */,
  decode: decodeXml,
  reader: (options, sink) => new XmlLayoutReader(options, sink),
  encode: encodeXml,
  encodeError: encodeXmlError,
};
