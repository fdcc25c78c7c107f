// `pnpm lint` in a package: checks every .ts file under its src/ against the project's rules.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { RULES } from './rules.ts';

const PORTABLE = new Set(['core', 'decoders']);

async function main(): Promise<number> {
  const pkg = process.cwd();
  const portable = PORTABLE.has(basename(pkg));
  const library = basename(join(pkg, '..')) === 'packages';
  const problems: string[] = [];
  let files = 0;
  for (const entry of await readdir(join(pkg, 'src'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.m?ts$/.test(entry.name)) continue;
    const full = join(entry.parentPath, entry.name);
    const file = { path: relative(pkg, full), text: await readFile(full, 'utf8'), portable, library };
    files++;
    for (const rule of RULES)
      for (const problem of rule.check(file)) problems.push(`${file.path}: ${problem} [${rule.name}]`);
  }
  for (const p of problems) console.error(p);
  console.log(`lint: ${files} files, ${problems.length} problem(s)`);
  return problems.length === 0 ? 0 : 1;
}

main().then((code) => process.exit(code));
