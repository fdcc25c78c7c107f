// Shared by the generator tests: run the generator on spec text, in memory or into a temp folder.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { generate } from '../src/generate.ts';
import { readSpec } from '../src/read/read-spec.ts';

export async function generateFromText(specText: string): Promise<Map<string, string>> {
  return generate(readSpec(parse(specText), 'spec/clicky.openapi.yaml'));
}

export async function tempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

export async function writeTemp(dir: string, name: string, text: string): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, text);
  return file;
}
