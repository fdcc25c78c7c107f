// Reads the compact forms the generator writes into ./generated/tables.ts. The tables ship in every bundle that
// validates, so lists are derived at load rather than written again (a category's types, the segment names) and
// the data types are text, one row a line: smaller than object literals, and still a table a person reads. The
// generator reads its own output back with these functions and compares it to the spec, so a row that does not
// mean exactly what the spec says fails `pnpm generate`.
import type { DataType, Plan } from './generated/data-types.ts';
import type { Category, DataTypeInfo } from './spec-types.ts';

/** Non-empty lines, trimmed. */
const rows = (text: string): string[] => text.split('\n').flatMap((l) => (l.trim() ? [l.trim()] : []));

/** The names of a space-separated list, in order. */
export function words<T extends string = string>(text: string): T[] {
  return text.split(/\s+/).filter(Boolean) as T[];
}

/**
 * Data types, one a line: `NAME CATEGORY ITEM [hourly] [plan:PLAN [plan-weak]] [restricted] [ignores-date]`, in
 * spec order.
 */
export function readDataTypes(text: string): Record<DataType, DataTypeInfo> {
  const table = {} as Record<DataType, DataTypeInfo>;
  for (const row of rows(text)) {
    const [name, category, item, ...flags] = row.split(' ') as [DataType, Category, string, ...string[]];
    const plan = flags.find((f) => f.startsWith('plan:'))?.slice('plan:'.length) as Plan | undefined;
    table[name] = {
      category,
      item,
      hourly: flags.includes('hourly'),
      ...(plan === undefined ? {} : { plan }),
      ...(flags.includes('plan-weak') ? { planEvidence: 'weak' as const } : {}),
      restricted: flags.includes('restricted'),
      ignoresDate: flags.includes('ignores-date'),
    };
  }
  return table;
}

/**
 * What `segments=` accepts, the spec's rule: every tally and popular type, then the extra segment names.
 */
export function segmentNames<T extends string>(
  types: Readonly<Record<string, Pick<DataTypeInfo, 'category'>>>,
  extra: string,
): T[] {
  const own = Object.keys(types).filter((t) => types[t]?.category === 'tally' || types[t]?.category === 'popular');
  return [...own, ...words(extra)] as T[];
}

/**
 * The types a parameter applies to, in spec order, from its selectors as the spec writes them: `category:NAME`
 * picks a whole category, a type name picks that type.
 */
export function selectTypes(types: Readonly<Record<DataType, DataTypeInfo>>, selectors: string): DataType[] {
  const wanted = words(selectors);
  return (Object.keys(types) as DataType[]).filter(
    (t) => wanted.includes(t) || wanted.includes(`category:${types[t].category}`),
  );
}
