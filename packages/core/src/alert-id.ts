// Alert emails link to https://clicky.com/a/123; the API takes the trailing digits as alert_id.
import { ClickyParamError } from './errors.ts';

const refuse = (message: string): ClickyParamError =>
  new ClickyParamError([{ param: 'alert_id', rule: 'alert-id', message }]);

/**
 * The alert ID at the end of an alert URL (or a bare ID), like the reference's `#[0-9]+$#`. Throws
 * ClickyParamError when there is none.
 */
export function parseAlertId(input: string | number): number {
  if (typeof input === 'number') {
    if (Number.isSafeInteger(input) && input > 0) return input;
    throw refuse(`must be a positive integer, got ${input}`);
  }
  const match = /(\d+)\s*$/.exec(input);
  const id = match ? Number(match[1]) : Number.NaN;
  if (!Number.isSafeInteger(id) || id <= 0) {
    throw refuse(
      `no alert ID at the end of ${JSON.stringify(input.slice(0, 200))}: expected trailing digits, as in https://clicky.com/a/123`,
    );
  }
  return id;
}
