// Bun entry: `bun run tools/runtime-check/src/bun.ts`, with the packages as published (their built dist).
import { runChecks } from './checks.ts';

const report = await runChecks(`bun ${(globalThis as unknown as { Bun: { version: string } }).Bun.version}`);
console.log(JSON.stringify(report));
