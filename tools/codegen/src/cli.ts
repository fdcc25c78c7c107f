// `pnpm generate [--check] [--spec FILE] [--out DIR]`: regenerate every generated file, or check they are current.
import { runGenerator } from './run.ts';

runGenerator(process.argv.slice(2), { info: (l) => console.log(l), error: (l) => console.error(l) }).then((code) =>
  process.exit(code),
);
