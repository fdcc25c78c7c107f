// Keeps the sitekey out of every string the SDK lets out: messages, URLs, logs, error properties.

export const REDACTED = '[redacted]';

/**
 * A sitekey's value after its name, in the forms it travels in: a query (`sitekey=`), a percent-encoded query
 * (`sitekey%3D`), JSON (`"sitekey":"`) and inspected objects (`sitekey: '`). A name followed by a colon and no
 * quote is prose ("sitekey: must be 12-16 letters"), not a value, and stays. The value runs to the next
 * delimiter; one already redacted is left as it is, so redacting twice changes nothing. Literals to find and one
 * character class to skip: linear on any text.
 */
const SITEKEY_VALUE =
  /(sitekey(?:=|%3d|[ \t]*:[ \t]*["'])|["']sitekey["'][ \t]*:[ \t]*["']?)(?!["']?\[redacted\])[^&#\s"'<>%,;}\]]*/gi;

/** Replaces the value of every named sitekey in `text`, and every occurrence of the given secrets. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(SITEKEY_VALUE, `$1${REDACTED}`);
  for (const secret of secrets) {
    // A secret too short to be a sitekey would redact ordinary words; sitekeys are 12+ characters.
    if (secret.length >= 8) out = out.split(secret).join(REDACTED);
  }
  return out;
}

/**
 * A copy of any value with every string redacted: what an error keeps of a cause it did not make. Errors (of
 * this realm or another) become plain Errors with a redacted message, name and code; URLs become their redacted
 * text; objects and arrays are copied with redacted keys and values (a key naming the sitekey loses its value);
 * anything deeper than a few levels is cut.
 */
export function redactDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redact(value);
  if (typeof value === 'function') return `[function ${redact(value.name)}]`;
  if (typeof value !== 'object' || value === null) return value;
  if (depth > 5) return '[cut]';
  if (value instanceof URL) return redact(value.href);
  if (value instanceof Error || Object.prototype.toString.call(value) === '[object Error]') {
    const e = value as { message?: unknown; name?: unknown; code?: unknown; cause?: unknown };
    const safe = new Error(redact(String(e.message)));
    safe.name = redact(String(e.name));
    if (typeof e.code === 'string') (safe as { code?: string }).code = redact(e.code);
    if (e.cause !== undefined) safe.cause = redactDeep(e.cause, depth + 1);
    return safe;
  }
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    copy[redact(k)] = /sitekey/i.test(k) ? REDACTED : redactDeep(v, depth + 1);
  return copy;
}
