// Deno entry: `deno run --config tools/runtime-check/deno.json tools/runtime-check/src/deno.ts`
import { runChecks } from './checks.ts';

const report = await runChecks(
  `deno ${(globalThis as unknown as { Deno: { version: { deno: string } } }).Deno.version.deno}`,
);
console.log(JSON.stringify(report));
