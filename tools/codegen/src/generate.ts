// Spec file -> every generated file's path and text. Pure apart from reading the spec.
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { emitApiMd } from './emit-api-md.ts';
import { CLI_DIR, emitCli } from './emit-cli.ts';
import { CLIENT_METHODS_FILE, emitClientMethods } from './emit-client.ts';
import { CORE_DIR, emitCore } from './emit-core.ts';
import { DECODERS_DIR, emitDecoders } from './emit-decoders.ts';
import type { SpecModel } from './model.ts';
import { readSpec } from './read/read-spec.ts';

/** The folders the generator owns: any file in them that it did not produce is stale. */
export const GENERATED_DIRS: readonly string[] = [CORE_DIR, DECODERS_DIR, CLI_DIR];
export const API_INDEX = 'spec/api.md';

export async function loadSpec(file: string, displayPath = file): Promise<SpecModel> {
  const text = await readFile(file, 'utf8');
  return readSpec(parse(text, { prettyErrors: true }), displayPath);
}

/** Paths are relative to the repository root. `displayPath` is what headers name as the source. */
export async function generate(
  spec: SpecModel,
  displayPath = 'spec/clicky.openapi.yaml',
): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const [p, t] of await emitCore(spec, displayPath)) files.set(p, t);
  files.set(CLIENT_METHODS_FILE, emitClientMethods(spec, displayPath));
  for (const [p, t] of emitDecoders(spec, displayPath)) files.set(p, t);
  for (const [p, t] of emitCli(spec, displayPath)) files.set(p, t);
  files.set(API_INDEX, emitApiMd(spec, displayPath));
  return files;
}
