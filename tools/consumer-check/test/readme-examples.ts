// A README's TypeScript examples as one module a compiler can check: each ```ts block becomes an async function
// of its own (so two examples may both say `const clicky`), their imports hoisted to the top once each. Names an
// example takes as given (the body it decodes) are declared by the caller.

/** The ```ts blocks of a README, in order. */
export function tsBlocks(readme: string): string[] {
  return [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}

/** One module holding every example of `readme`, or undefined when it has none. */
export function exampleModule(readme: string, given = ''): string | undefined {
  const blocks = tsBlocks(readme);
  if (blocks.length === 0) return undefined;
  const imports = new Set<string>();
  const bodies = blocks.map((block, i) => {
    const body: string[] = [];
    for (const line of block.split('\n')) {
      if (/^import\s/.test(line)) imports.add(line);
      else body.push(`  ${line}`);
    }
    return `export async function example${i + 1}(): Promise<void> {\n${body.join('\n')}\n}`;
  });
  return [...imports, given, ...bodies].join('\n');
}
