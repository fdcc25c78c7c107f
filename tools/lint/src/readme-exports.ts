// A package's README lists its exports in tables; its src/index.ts exports by name. These read both, so that a
// package test can check that the two name the same things.

/**
 * The names a README's export tables list: every backticked name in the first column of a table under the
 * `## Exports` heading (up to the next `## ` heading). `prepareRequest(params, options?)` gives prepareRequest;
 * several names in one cell give each.
 */
export function readmeExports(markdown: string): string[] {
  const start = markdown.search(/^## Exports\s*$/m);
  if (start < 0) return [];
  const rest = markdown.slice(start + 1);
  const end = rest.search(/^## /m);
  const section = end < 0 ? rest : rest.slice(0, end);
  const names = new Set<string>();
  for (const line of section.split('\n')) {
    if (!line.startsWith('|') || /^\|\s*-/.test(line)) continue;
    const first = line.split('|')[1] ?? '';
    for (const m of first.matchAll(/`([A-Za-z_$][\w$]*)/g)) if (m[1] !== undefined) names.add(m[1]);
  }
  names.delete('export');
  return [...names].sort();
}

/**
 * The names an index module exports: `export { a, type B, c as d } from '...'` and `export const|function|class|
 * type|interface NAME`. `export * from 'M'` is followed only through `load` (which returns M's text), for a
 * module that itself lists its exports by name (a generated index); without `load` it is refused.
 */
export function indexExports(source: string, load?: (specifier: string) => string): string[] {
  const names = new Set<string>();
  for (const m of source.matchAll(/^export\s+(?:type\s+)?\*\s+from\s+['"]([^'"]+)['"]/gm)) {
    if (!load) throw new Error('the index re-exports a whole module with export *');
    for (const name of indexExports(load(m[1] as string))) names.add(name);
  }
  for (const m of source.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}/gm)) {
    for (const part of (m[1] ?? '').split(',')) {
      const name = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop();
      if (name) names.add(name);
    }
  }
  for (const m of source.matchAll(
    /^export\s+(?:declare\s+)?(?:const|let|function|class|type|interface|enum)\s+([\w$]+)/gm,
  ))
    if (m[1] !== undefined) names.add(m[1]);
  return [...names].sort();
}
