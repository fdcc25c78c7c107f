// Node entry for other Node versions: `node --import tsx src/node.ts` with the packages as published.
import { runChecks } from './checks.ts';

const report = await runChecks(`node ${process.versions.node}`);
console.log(JSON.stringify(report));
