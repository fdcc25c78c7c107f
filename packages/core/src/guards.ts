// Type guards every package shares for values read from untrusted input.

/** A plain object, not an array or null: a JSON object, a PHP string-keyed array, a request's parameters. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
