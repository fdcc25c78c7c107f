// The browser client's decoder: JSON only, so a bundle carries no other format. It says so in `formats`, and the
// engine refuses a request for another format before sending it. Other formats can still be used by passing a
// decoder that knows them (the decoders package's full `decode`).
import type { DecodeHints, Decoder } from '@clicky-sdk/core';
import { createDecode } from '@clicky-sdk/decoders';
import { wholeJsonCodec } from '@clicky-sdk/decoders/json';

/** JSON only, without the streaming reader: the browser reads whole bodies. */
const decode = createDecode([wholeJsonCodec]);

export const jsonDecoder: Decoder = {
  formats: ['json'],
  decode: (body: string, hints: DecodeHints) => decode(body, { ...hints, format: 'json' }),
};
