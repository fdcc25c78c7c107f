// Reading the API's decimal strings without regular expressions or Number()'s cost where it can be avoided.

/**
 * The value of a decimal integer string (optional leading -, at most 15 digits so the arithmetic is exact),
 * or NaN. Computed digit by digit: cheaper than validating and then converting. "-0" is 0.
 */
export function parseInteger(v: string): number {
  const len = v.length;
  const neg = v.charCodeAt(0) === 45;
  let i = neg ? 1 : 0;
  if (len === i || len - i > 15) return Number.NaN;
  let n = 0;
  for (; i < len; i++) {
    const d = v.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    n = n * 10 + d;
  }
  return neg && n !== 0 ? -n : n;
}

/** True for -?digits. */
export function isIntegerText(v: string): boolean {
  let i = v.charCodeAt(0) === 45 ? 1 : 0;
  if (i === v.length) return false;
  for (; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** True for -?digits(.digits)?([eE][-+]?digits)?. */
export function isDecimal(v: string): boolean {
  const len = v.length;
  let i = v.charCodeAt(0) === 45 ? 1 : 0;
  const digits = (): boolean => {
    const start = i;
    while (i < len) {
      const c = v.charCodeAt(i);
      if (c < 48 || c > 57) break;
      i++;
    }
    return i > start;
  };
  if (!digits()) return false;
  if (i < len && v.charCodeAt(i) === 46) {
    i++;
    if (!digits()) return false;
  }
  if (i < len && (v.charCodeAt(i) | 32) === 101) {
    i++;
    const c = v.charCodeAt(i);
    if (c === 43 || c === 45) i++;
    if (!digits()) return false;
  }
  return i === len;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * The value of a plain decimal (-?digits(.digits)?) of at most 15 digits, or NaN. m / 10^k with both exact is
 * correctly rounded by IEEE division, so this equals what Number() gives, without its cost (Clinger's fast path).
 */
export function parseShortDecimal(v: string): number {
  const len = v.length;
  const neg = v.charCodeAt(0) === 45;
  let i = neg ? 1 : 0;
  let m = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < len; i++) {
    const c = v.charCodeAt(i);
    if (c === 46 && fraction < 0 && digits > 0) {
      fraction = 0;
      continue;
    }
    const d = c - 48;
    if (d < 0 || d > 9) return Number.NaN;
    m = m * 10 + d;
    digits++;
    if (fraction >= 0) fraction++;
  }
  if (digits === 0 || digits > 15 || fraction === 0) return Number.NaN;
  const n = fraction > 0 ? m / (POW10[fraction] as number) : m;
  return neg ? -n : n;
}
