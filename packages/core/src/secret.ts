// A secret parameter value (the sitekey) as validation returns it: it prints, serialises and inspects as
// [redacted], holds the value in no property, and only URL building reads it.
import { REDACTED } from './redact.ts';

let reveal: (secret: SecretValue) => string;

export class SecretValue {
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  static {
    reveal = (secret) => secret.#value;
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
  return reveal(secret);
}
