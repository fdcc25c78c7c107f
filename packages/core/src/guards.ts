// Type guards every package shares for values read from untrusted input.

/** An object that is not an array or null: a JSON object, a PHP string-keyed array, a parsed YAML mapping. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A record's own value for `key`, never one its prototype chain lends it: a polluted Object.prototype (an
 * enumerable `filter` added by some other library's bug) must not add a parameter to every request.
 */
export function ownValue(record: unknown, key: string): unknown {
  return typeof record === 'object' && record !== null && Object.hasOwn(record, key)
    ? (record as Record<string, unknown>)[key]
    : undefined;
}

/**
 * A record made by an object literal (or `Object.create(null)`), not a class instance. Request parameters and
 * `custom` maps are read by their own enumerable keys: a `Date`, a `Map` or a `URLSearchParams` has none, so
 * accepting one would silently send nothing. Validation refuses them instead.
 */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (!isRecord(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
