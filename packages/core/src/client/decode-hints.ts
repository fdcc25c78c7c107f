// The decode options a request implies, so a caller never passes them: segmentation answers are keyed by the
// segments, visitor-details makes items partial, custom_keys_multi_values makes custom values lists. `strict`
// is the client's own option.
import { formatDateRange } from '../date-expression.ts';
import type { SegmentName } from '../generated/data-types.ts';
import type { ValidRequest } from '../validate.ts';
import type { DecodeHints } from './transport.ts';

export function decodeHints(valid: ValidRequest, contentType: string | undefined, strict: boolean): DecodeHints {
  let segments: readonly SegmentName[] | undefined;
  let partial = false;
  let multiValues = false;
  for (const [name, value] of valid.params) {
    if (name === 'segments') segments = value as readonly SegmentName[];
    else if (name === 'visitor-details') partial = true;
    else if (name === 'custom_keys_multi_values') multiValues = value === true;
  }
  const types = valid.types.includes('segmentation')
    ? [...valid.types.filter((t) => t !== 'segmentation'), ...(segments ?? [])]
    : valid.types;
  return {
    format: valid.output,
    ...(contentType === undefined ? {} : { contentType }),
    types,
    multiValues,
    partial,
    ...(valid.range === undefined ? {} : { date: formatDateRange(valid.range) }),
    strict,
  };
}
