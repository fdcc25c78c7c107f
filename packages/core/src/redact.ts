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
 * redact() for text cut out of a longer one (the start of a body): where the cut went through a secret, the
 * secret's first characters left at the end are redacted too (four or more: fewer say nothing of a key).
 */
export function redactCut(text: string, secrets: readonly string[]): string {
  let out = redact(text, secrets);
  for (const secret of secrets) {
    if (secret.length < 8) continue;
    for (let n = Math.min(secret.length - 1, out.length); n >= 4; n--) {
      if (out.endsWith(secret.slice(0, n))) {
        out = `${out.slice(0, out.length - n)}${REDACTED}`;
        break;
      }
    }
  }
  return out;
}

/**
 * A copy of any value with every string redacted: what an error keeps of a cause it did not make. Errors (of
 * this realm or another) become plain Errors with a redacted message, name and code; URLs become their redacted
 * text; objects and arrays are copied with redacted keys and values (a key naming the sitekey loses its value);
 * anything deeper than a few levels is cut. Never throws: a value that cannot be read (a revoked Proxy, a getter
 * that throws, an abort reason built to break the caller) becomes `[unreadable]`.
 */
export function redactDeep(value: unknown, depth = 0): unknown {
  try {
    return copyRedacted(value, depth);
  } catch {
    return UNREADABLE;
  }
}

const UNREADABLE = '[unreadable]';

function copyRedacted(value: unknown, depth: number): unknown {
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
  if (Array.isArray(value)) return value.slice(0, MAX_ENTRIES).map((v) => redactDeep(v, depth + 1));
  const copy: Record<string, unknown> = {};
  let kept = 0;
  for (const k in value) {
    if (!Object.hasOwn(value, k)) continue;
    if (kept++ === MAX_ENTRIES) break;
    copy[redact(k)] = /sitekey/i.test(k) ? REDACTED : redactDeep((value as Record<string, unknown>)[k], depth + 1);
  }
  return copy;
}

/** Entries kept of each array or object: a cause is for reading, and a huge one must not cost its size again. */
const MAX_ENTRIES = 100;
