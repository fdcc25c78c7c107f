// The last guard before an error leaves the client: any string in it (message, stack, own properties, the
// cause chain, a problem list) that holds the sitekey gets it replaced, whatever layer wrote it there. Errors
// are built redacted already; this catches a transport or server that quoted the key in an unusual form.
import { redact } from '../redact.ts';

const MAX_DEPTH = 4;

export function scrubError<E>(error: E, sitekey: string, depth = 0): E {
  if (depth > MAX_DEPTH || typeof error !== 'object' || error === null) return error;
  const target = error as Record<string, unknown>;
  for (const key of [...Object.getOwnPropertyNames(target), 'message', 'stack']) {
    let value: unknown;
    try {
      value = target[key];
    } catch {
      continue;
    }
    if (typeof value === 'string') {
      const safe = redact(value, [sitekey]);
      if (safe !== value) {
        try {
          Object.defineProperty(target, key, {
            value: safe,
            writable: true,
            configurable: true,
            enumerable: key !== 'stack' && key !== 'message' && Object.prototype.propertyIsEnumerable.call(target, key),
          });
        } catch {
          // A frozen property stays as it is; nothing the SDK builds is frozen.
        }
      }
    } else if (Array.isArray(value)) {
      for (const entry of value) scrubError(entry, sitekey, depth + 1);
    } else if (typeof value === 'object' && value !== null) {
      scrubError(value, sitekey, depth + 1);
    }
  }
  return error;
}
