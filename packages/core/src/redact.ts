// Keeps the sitekey out of every string the SDK lets out: messages, URLs, logs.

export const REDACTED = '[redacted]';

const SITEKEY_IN_QUERY = /(\bsitekey=)[^&#\s"'<>]*/gi;

/** Replaces the value of every `sitekey=` in `text`, and every occurrence of the given secrets. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text.replace(SITEKEY_IN_QUERY, `$1${REDACTED}`);
  for (const secret of secrets) {
    // A secret too short to be a sitekey would redact ordinary words; sitekeys are 12+ characters.
    if (secret.length >= 8) out = out.split(secret).join(REDACTED);
  }
  return out;
}
