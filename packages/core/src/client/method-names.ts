// The names of the per-type methods: each data type in camelCase (visitors-list -> visitorsList). The generator
// applies the same rule to write their types, and refuses a type whose name would hide a client member.

/** Members of the client that no per-type method may take the name of. */
export const RESERVED_METHOD_NAMES: readonly string[] = ['stats', 'paginate', 'prepare', 'close', 'siteId', 'then'];

export function methodName(type: string): string {
  return type.replace(/[-_]+([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
