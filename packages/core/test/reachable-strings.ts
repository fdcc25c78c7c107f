// For the sitekey-secrecy tests: every string a caller can reach from a value the SDK returned or threw.

/** Every string reachable from `root` through own properties (symbols and non-enumerable ones included). */
export function reachableStrings(root: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown, depth: number): void => {
    if (typeof v === 'string') out.push(v);
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null || seen.has(v) || depth > 12) return;
    seen.add(v);
    if (v instanceof URL) out.push(v.href);
    for (const key of Reflect.ownKeys(v)) {
      if (typeof key === 'string') out.push(key);
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d && 'value' in d) walk(d.value, depth + 1);
    }
  };
  walk(root, 0);
  return out;
}
