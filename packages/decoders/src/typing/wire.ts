// Typed values back to the API's wire form (the encoders' half of result.ts): numbers and booleans become
// strings, "1"/"0" for booleans, objects and lists keep their structure.
import { setOwn } from '../own.ts';

export type WireValue = string | WireValue[] | { [key: string]: WireValue };

export function toWireScalar(v: unknown): string {
  if (typeof v === 'boolean') return v ? '1' : '0';
  return String(v);
}

export function toWireValue(v: unknown): WireValue {
  if (Array.isArray(v)) return v.map(toWireValue);
  if (typeof v === 'object' && v !== null) {
    const out: { [key: string]: WireValue } = {};
    for (const [k, x] of Object.entries(v)) {
      if (x === undefined) continue;
      setOwn(out, k, toWireValue(x));
    }
    return out;
  }
  return toWireScalar(v);
}
