// Substrings that do not keep the body alive. Engines make a long substring a view into its source (V8: from 13
// characters), so a result holding such views holds the whole body text for as long as it lives. Two pieces
// joined by Array.prototype.join make one flat copy of their own (where `a + b` would make a rope that keeps a
// pointer to its pieces, or, once read, to a copy, for as long as it lives). Short substrings are copies already.

/** Shorter substrings are copied by the engine itself (V8's SlicedString::kMinLength). */
const VIEW_LENGTH = 13;

/** s[start, end) as a string of its own, which does not keep `s` alive. */
export function ownText(s: string, start: number, end: number): string {
  if (end - start < VIEW_LENGTH) return s.slice(start, end);
  return [s.slice(start, start + 1), s.slice(start + 1, end)].join('');
}

/** A substring already taken, as a string of its own (the same copy as ownText). */
export function ownCopy(text: string): string {
  return text.length < VIEW_LENGTH ? text : ownText(text, 0, text.length);
}

/**
 * A regular expression keeps the subject of its last match alive (the legacy RegExp.input): after matching in
 * a body, a match in an empty string lets the body go.
 */
export function forgetLastMatch(): void {
  /(?:)/.exec('');
}

/** Values up to this long are shared, as JSON.parse shares them (it internalizes values of up to 10 characters). */
const SHARED_LENGTH = 10;
/** Distinct values a table keeps: past this, a body's endless new values are only copied, never kept. */
const MAX_SHARED = 4096;

/**
 * One string for each short value a decode meets again and again (country codes, languages, "direct"), where
 * each item would otherwise hold a copy of its own. Values opening with a digit or a minus sign are left out:
 * they are mostly unique (times, ids), and the typers turn most of them into numbers.
 */
export class SharedStrings {
  /** Made for the first value kept: a small body of numbers and dates has none, and a decode then needs no map. */
  #seen: Map<string, string> | undefined;

  /** `text` (a copy of its own already), or the equal string met before. */
  share(text: string): string {
    if (text.length > SHARED_LENGTH || text.length === 0) return text;
    const c = text.charCodeAt(0);
    if ((c >= 48 && c <= 57) || c === 45) return text;
    this.#seen ??= new Map();
    const table = this.#seen;
    const seen = table.get(text);
    if (seen !== undefined) return seen;
    if (table.size < MAX_SHARED) table.set(text, text);
    return text;
  }
}
