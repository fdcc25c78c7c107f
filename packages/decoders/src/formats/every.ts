// Every format's codec, in detection order (CSV last: it takes what no other format claims).
import type { Codec } from '../codec.ts';
import { csvCodec } from './csv/index.ts';
import { jsonCodec } from './json/index.ts';
import { phpCodec } from './php/index.ts';
import { xmlCodec } from './xml/index.ts';

export const EVERY_FORMAT: readonly Codec[] = [jsonCodec, xmlCodec, phpCodec, csvCodec];
