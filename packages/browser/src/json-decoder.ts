// The browser client's decoder: JSON only, so a bundle carries no other format. Other formats can still be
// used by passing a decoder that knows them (the decoders package's full `decode`).
import { ClickyParamError, type DecodeHints, type Decoder } from '@clicky-sdk/core';
import { createDecode } from '@clicky-sdk/decoders';
import { wholeJsonCodec } from '@clicky-sdk/decoders/json';

/** JSON only, without the streaming reader: the browser reads whole bodies. */
const decode = createDecode([wholeJsonCodec]);

export const jsonDecoder: Decoder = {
  decode: (body: string, hints: DecodeHints) => {
    if (hints.format !== 'json') {
      throw new ClickyParamError([
        {
          param: 'output',
          rule: 'browser-json',
          message: `the browser client decodes json; pass a decoder to createClient for ${hints.format}`,
        },
      ]);
    }
    return decode(body, { ...hints, format: 'json' });
  },
};
