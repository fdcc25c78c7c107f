// Writing generated files, and checking that the ones on disk are what the spec gives.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface Drift {
  /** Files whose text differs from what the spec gives, or that are missing. */
  stale: string[];
  /** Files in a generated folder that the spec no longer produces. */
  extra: string[];
}

async function listFiles(root: string, dir: string): Promise<string[]> {
  try {
    const entries = await readdir(join(root, dir), { withFileTypes: true, recursive: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) =>
        join(e.parentPath, e.name)
          .slice(root.length + 1)
          .split('\\')
          .join('/'),
      )
      .sort();
  } catch {
    return [];
  }
}

export async function findDrift(root: string, files: Map<string, string>, dirs: readonly string[]): Promise<Drift> {
  const stale: string[] = [];
  for (const [path, text] of files) {
    const current = await readFile(join(root, path), 'utf8').catch(() => undefined);
    if (current !== text) stale.push(path);
  }
  const extra: string[] = [];
  for (const dir of dirs) for (const f of await listFiles(root, dir)) if (!files.has(f)) extra.push(f);
  return { stale, extra };
}

/** Writes what changed and removes what the spec no longer produces; returns the paths written. */
export async function writeGenerated(
  root: string,
  files: Map<string, string>,
  dirs: readonly string[],
): Promise<Drift> {
  const drift = await findDrift(root, files, dirs);
  for (const path of drift.stale) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), files.get(path) ?? '');
  }
  for (const path of drift.extra) await rm(join(root, path));
  return drift;
}
