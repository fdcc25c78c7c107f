// Syntax checks for the `x-clicky-format` values of the spec. Each returns undefined when the value is fine,
// or a sentence saying what is wrong.
import type { ParamFormat } from './spec-types.ts';

/**
 * One IPv6 address, compressed (::) or not, with an embedded IPv4 tail or not. After a character check (hex
 * digits, colons, dots only, so nothing else can reach the URL parser), the WHATWG URL parser, present in every
 * runtime, reads it with the IPv6 grammar of the URL standard.
 */
function isIpv6(s: string): boolean {
  if (s.length > 45 || !/^[0-9A-Fa-f:.]+$/.test(s)) return false;
  try {
    return new URL(`http://[${s}]/`).hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Reads one IPv4 address starting at `i`; returns its value and where it ended, or undefined. A hand-rolled
 * scanner: filters with many ranges are validated on every request, and this is several times faster than
 * splitting and matching.
 */
function scanIpv4(s: string, i: number): { value: number; end: number } | undefined {
  let value = 0;
  for (let part = 0; part < 4; part++) {
    if (part > 0) {
      if (s.charCodeAt(i) !== 46 /* . */) return undefined;
      i++;
    }
    const start = i;
    let octet = 0;
    while (i < s.length && i - start < 4) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      octet = octet * 10 + (c - 48);
      i++;
    }
    const digits = i - start;
    if (digits === 0 || digits > 3 || octet > 255 || (digits > 1 && s.charCodeAt(start) === 48)) return undefined;
    value = value * 256 + octet;
  }
  return { value, end: i };
}

const NOT_IPV4 = 'is not an IPv4 address or range (a.b.c.d or a.b.c.d,e.f.g.h; join several with |)';

/** `ip_address`: one IPv6 address, or IPv4 addresses and ranges (a,b) joined by |. */
function checkIpFilter(value: string): string | undefined {
  if (value.includes(':')) {
    return isIpv6(value)
      ? undefined
      : 'must be one IPv6 address (ranges and lists are for IPv4 only), or IPv4 addresses and ranges';
  }
  let i = 0;
  for (;;) {
    const partStart = i;
    const partEnd = value.indexOf('|', i) === -1 ? value.length : value.indexOf('|', i);
    const part = (): string => JSON.stringify(value.slice(partStart, partEnd));
    const first = scanIpv4(value, i);
    if (first === undefined) return `${part()} ${NOT_IPV4}`;
    i = first.end;
    if (value.charCodeAt(i) === 44 /* , */) {
      const second = scanIpv4(value, i + 1);
      if (second === undefined) return `${part()} ${NOT_IPV4}`;
      if (second.value < first.value) return `range ${part()} ends before it starts`;
      i = second.end;
    }
    if (i === value.length) return undefined;
    if (value.charCodeAt(i) !== 124 /* | */) return `${part()} ${NOT_IPV4}`;
    i++;
  }
}

/** `actions`, `time`: N, >N, <N, >=N, <=N, or MIN,MAX. */
function checkComparison(value: string): string | undefined {
  if (/^(?:[<>]=?)?\d+$/.test(value)) return undefined;
  const range = /^(\d+),(\d+)$/.exec(value);
  if (range) return Number(range[1]) <= Number(range[2]) ? undefined : `range ${value} ends before it starts`;
  return 'must be N, >N, <N, >=N, <=N or MIN,MAX with whole numbers (e.g. >5 or 60,120)';
}

function checkNegatable(value: string): string | undefined {
  return value === '!' ? 'a negative filter needs text after the !' : undefined;
}

export const FORMAT_CHECKS: Readonly<
  Record<Exclude<ParamFormat, 'date-expression'>, (value: string) => string | undefined>
> = {
  'ip-filter': checkIpFilter,
  comparison: checkComparison,
  negatable: checkNegatable,
};
