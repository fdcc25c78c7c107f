// Package READMEs render on the registries, where a relative link leads nowhere: every link is absolute.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');

describe.each(['core', 'decoders', 'emulator', 'node', 'deno', 'browser'])('packages/%s/README.md', (name) => {
  it('links only absolutely', () => {
    const text = readFileSync(join(root, 'packages', name, 'README.md'), 'utf8');
    const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
    expect(links.filter((l) => !/^(https?:|mailto:|#)/.test(l))).toEqual([]);
  });

  it('states the minimum TypeScript version, or is not for TypeScript users', () => {
    const text = readFileSync(join(root, 'packages', name, 'README.md'), 'utf8');
    if (['node', 'deno', 'browser'].includes(name)) expect(text).toMatch(/TypeScript 5\.4 or later/);
    expect(existsLicense(name)).toBe(true);
  });
});

function existsLicense(name: string): boolean {
  return /^MIT License/.test(readFileSync(join(root, 'packages', name, 'LICENSE'), 'utf8'));
}
