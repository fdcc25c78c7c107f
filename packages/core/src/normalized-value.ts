// The one form validation gives a parameter value, which URL building and the rule checks read.
import type { SecretValue } from './secret.ts';

/**
 * A parameter value in the one form URL building reads: lists as arrays, maps as entries, a secret parameter's
 * value (the sitekey) as a SecretValue that prints as [redacted].
 */
export type NormalizedValue =
  | string
  | number
  | boolean
  | readonly string[]
  | readonly (readonly [string, string])[]
  | SecretValue;
