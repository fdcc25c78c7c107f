// Which format a body is in, among the given codecs: its Content-Type if that names one, else its first
// characters (each codec's sniff, in order; the last codec takes what none claims).
import type { OutputFormat } from '@clicky-sdk/core';
import type { Codec } from './codec.ts';

/** Characters detection looks at, after any white space (JSONP wrappers need the most). */
export const DETECT_CHARS = 256;

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** Where a body's content starts: past a byte order mark and white space (the length when there is none). */
export function contentStart(body: string): number {
  return spaceEnd(body, body.charCodeAt(0) === 0xfeff ? 1 : 0);
}

/** Past the white space of `text` from `i`. */
export function spaceEnd(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** A Content-Type's media type, lower case, without parameters or surrounding white space. */
function mediaType(contentType: string): string {
  let end = 0;
  while (end < contentType.length && contentType.charCodeAt(end) !== 59 /* ; */) end++;
  return contentType.slice(0, end).trim().toLowerCase();
}

export function formatByContentType(
  codecs: readonly Codec[],
  contentType: string | undefined,
): OutputFormat | undefined {
  if (contentType === undefined) return undefined;
  const media = mediaType(contentType);
  return media === '' ? undefined : codecs.find((c) => c.accepts(media))?.format;
}

export function formatByBody(codecs: readonly Codec[], body: string): OutputFormat {
  const at = contentStart(body);
  const head = body.slice(at, at + DETECT_CHARS);
  return (codecs.find((c) => c.sniff(head)) ?? (codecs[codecs.length - 1] as Codec)).format;
}

export function detectIn(codecs: readonly Codec[], body: string, contentType?: string): OutputFormat {
  return formatByContentType(codecs, contentType) ?? formatByBody(codecs, body);
}
