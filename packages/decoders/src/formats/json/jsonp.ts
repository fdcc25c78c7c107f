// JSONP: the API wraps JSON in a call (json_callback: `cb([...]);`) or an assignment (json_var: `var v = [...];`).
// Read by a scan, linear on any text (a pattern with two open-ended groups backtracks on a long broken body).

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xfeff;
const isNameStart = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 /* _ */ || c === 36; /* $ */
const isNamePart = (c: number): boolean => isNameStart(c) || (c >= 48 && c <= 57) || c === 46; /* . */

function skipSpace(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** Past a name like `cb` or `my.ns.cb` starting at `i` (`i` itself when there is none). */
function nameEnd(s: string, i: number): number {
  if (!isNameStart(s.charCodeAt(i))) return i;
  let j = i + 1;
  while (j < s.length && isNamePart(s.charCodeAt(j))) j++;
  return j;
}

interface Wrapper {
  /** Where the wrapped text starts: after `(` or `=`. */
  readonly start: number;
  /** `NAME(`, `var NAME =`, or `NAME =` (which detection counts as JSON, but which the API does not write). */
  readonly form: 'call' | 'var' | 'assignment';
}

/** The wrapper a body opens with, if it opens with one. */
function opening(s: string): Wrapper | undefined {
  let i = skipSpace(s, 0);
  const isVar = s.startsWith('var', i) && isSpace(s.charCodeAt(i + 3));
  if (isVar) i = skipSpace(s, i + 3);
  const end = nameEnd(s, i);
  if (end === i) return undefined;
  i = skipSpace(s, end);
  const c = s.charCodeAt(i);
  if (c === 40 /* ( */ && !isVar) return { start: i + 1, form: 'call' };
  if (c === 61 /* = */) return { start: i + 1, form: isVar ? 'var' : 'assignment' };
  return undefined;
}

/** The JSON inside a json_callback or json_var body; plain JSON (or anything else) as it is. */
export function unwrapJsonp(text: string): string {
  const wrapper = opening(text);
  if (wrapper === undefined || wrapper.form === 'assignment') return text;
  // The end: white space, an optional `;`, white space; and before them, for a call, its `)`.
  let end = text.length;
  while (end > wrapper.start && isSpace(text.charCodeAt(end - 1))) end--;
  if (text.charCodeAt(end - 1) === 59 /* ; */) end--;
  while (end > wrapper.start && isSpace(text.charCodeAt(end - 1))) end--;
  if (wrapper.form === 'call') {
    if (text.charCodeAt(end - 1) !== 41 /* ) */ || end - 1 < wrapper.start) return text;
    end--;
  }
  return text.slice(wrapper.start, end);
}

/** Whether a body's first characters are JSON or a JSONP wrapper. */
export function sniffJson(head: string): boolean {
  const c = head.charCodeAt(0);
  return c === 91 /* [ */ || c === 123 /* { */ || opening(head) !== undefined;
}
