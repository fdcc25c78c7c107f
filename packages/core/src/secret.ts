// A secret parameter value (the sitekey) as validation returns it: it prints, serialises and inspects as
// [redacted], holds the value in no property, and only URL building reads it.
import { REDACTED } from './redact.ts';

const VALUES = new WeakMap<SecretValue, string>();

export class SecretValue {
  constructor(value: string) {
    VALUES.set(this, value);
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }
}

// Node's util.inspect and Deno's console look these symbols up.
for (const key of ['nodejs.util.inspect.custom', 'Deno.customInspect']) {
  Object.defineProperty(SecretValue.prototype, Symbol.for(key), { value: () => REDACTED });
}

/** The value itself: for URL building only. */
export function revealSecret(secret: SecretValue): string {
  return VALUES.get(secret) ?? '';
}
