// Finding where JSON values end in text that may still be arriving: the streaming JSON reader hands each
// complete value to JSON.parse, so only this scan is done in JavaScript. Nesting is counted, not recursed
// into, and not capped: JSON.parse does not recurse either.
import { ClickyDecodeError } from '@clicky-sdk/core';
import { NEED_MORE } from '../../codec.ts';

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

/** A character of a number or a literal (true, false, null): what may follow it is only checked by JSON.parse. */
const isBare = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45 || c === 43 || c === 46;

export function skipSpace(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** The index just past the string starting at `i` (which holds a quote). */
export function stringEnd(s: string, i: number): number {
  for (let j = i + 1; j < s.length; j++) {
    const c = s.charCodeAt(j);
    if (c === 92 /* \ */) j++;
    else if (c === 34 /* " */) return j + 1;
  }
  throw NEED_MORE;
}

/**
 * The index just past the JSON value starting at `i`. Brackets are matched and strings skipped; the value
 * itself is checked later by JSON.parse. A number or literal at the very end of the text may continue in the
 * next chunk, so it counts as complete only when `final`.
 */
export function valueEnd(s: string, i: number, final: boolean): number {
  const c = s.charCodeAt(i);
  if (Number.isNaN(c)) throw NEED_MORE;
  if (c === 34) return stringEnd(s, i);
  if (c === 123 || c === 91) {
    let depth = 0;
    for (let j = i; j < s.length; j++) {
      const ch = s.charCodeAt(j);
      if (ch === 34) j = stringEnd(s, j) - 1;
      else if (ch === 123 || ch === 91) depth++;
      else if ((ch === 125 || ch === 93) && --depth === 0) return j + 1;
    }
    throw NEED_MORE;
  }
  let j = i;
  while (j < s.length && isBare(s.charCodeAt(j))) j++;
  if (j === i) throw new ClickyDecodeError('json', 'a JSON value', { offset: i });
  if (j === s.length && !final) throw NEED_MORE;
  return j;
}
