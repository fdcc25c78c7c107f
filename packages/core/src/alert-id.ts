// Alert emails link to https://clicky.com/a/123; the API takes the trailing digits as alert_id.
import { ClickyParamError } from './errors.ts';

const refuse = (message: string): ClickyParamError =>
  new ClickyParamError([{ param: 'alert_id', rule: 'alert-id', message }]);

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/**
 * The alert ID at the end of an alert URL's path (or a bare ID), like the reference's `#[0-9]+$#`. The query and
 * fragment are not read (`.../a/123?x=9` is 123), trailing white space is. One backwards scan, linear in the
 * input. Throws ClickyParamError when there is no ID.
 */
export function parseAlertId(input: string | number): number {
  if (typeof input === 'number') {
    if (Number.isSafeInteger(input) && input > 0) return input;
    throw refuse(`must be a positive integer, got ${input}`);
  }
  if (typeof input !== 'string') throw refuse(`must be an alert URL or ID, got ${typeof input}`);
  let end = input.length;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c === 63 /* ? */ || c === 35 /* # */) {
      end = i;
      break;
    }
  }
  while (end > 0 && isSpace(input.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isDigit(input.charCodeAt(start - 1))) start--;
  const id = end - start <= 16 ? Number(input.slice(start, end)) : Number.NaN;
  if (start === end || !Number.isSafeInteger(id) || id <= 0) {
    throw refuse(
      `no alert ID at the end of ${JSON.stringify(input.slice(0, 200))}: expected trailing digits, as in https://clicky.com/a/123`,
    );
  }
  return id;
}
