// Every `clicky` command line of the README runs as written and exits 0: the "without an account" block with no
// credentials (the embedded emulator), the others against an emulator named through CLICKY_SITE_ID,
// CLICKY_SITEKEY and CLICKY_BASE_URL (the README's own `export` of a made-up site is left out), in order, in
// one folder, so each command finds the files the earlier ones wrote.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEMO_SITE, type Emulator } from '@clicky-sdk/emulator';
import { fencedBlocks } from '@clicky-sdk/lint/readme-examples';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanEnv, clicky, smallEmulator, tempFolder } from './helpers.ts';

/** A command line's words: spaces split, double and single quotes group, `#` starts a comment. */
function words(line: string): string[] {
  const out: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (const c of line) {
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      else word = (word ?? '') + c;
    } else if (c === '"' || c === "'") {
      quote = c;
      word ??= '';
    } else if (c === '#' && word === undefined) break;
    else if (/\s/.test(c)) {
      if (word !== undefined) out.push(word);
      word = undefined;
    } else word = (word ?? '') + c;
  }
  if (word !== undefined) out.push(word);
  return out;
}

let emu: Emulator;
let dir: { path: string; remove: () => Promise<void> };
let blocks: { offline: boolean; lines: string[][] }[];

beforeAll(async () => {
  emu = await smallEmulator({ days: 40 }, 20);
  dir = await tempFolder();
  const readme = await readFile(join(import.meta.dirname ?? '.', '../README.md'), 'utf8');
  const offline = fencedBlocks(readme.slice(readme.indexOf('## Try it'), readme.indexOf('## Credentials')), 'sh');
  blocks = fencedBlocks(readme, 'sh').map((b) => ({
    offline: offline.includes(b),
    lines: b
      .split('\n')
      .map(words)
      .filter((w) => w[0] === 'clicky'),
  }));
});
afterAll(async () => {
  await emu.close();
  await dir.remove();
});

describe('the README command lines', () => {
  it('every one exits 0', async () => {
    const env = cleanEnv({
      CLICKY_SITE_ID: String(DEMO_SITE.id),
      CLICKY_SITEKEY: DEMO_SITE.sitekey,
      CLICKY_BASE_URL: emu.url,
    });
    const ran: string[] = [];
    for (const block of blocks) {
      for (const line of block.lines) {
        // `> FILE` redirects stdout, as the shell would.
        const to = line.indexOf('>');
        const args = to < 0 ? line.slice(1) : line.slice(1, to);
        const t = performance.now();
        const r = await clicky(args, { cwd: dir.path, ...(block.offline ? {} : { env }) });
        if (process.env.README_TIMES)
          console.log(`${((performance.now() - t) / 1000).toFixed(1)} s  ${line.join(' ')}`);
        expect(r.code, `${line.join(' ')}\n${r.stderr}`).toBe(0);
        if (to >= 0) await writeFile(join(dir.path, line[to + 1] as string), r.stdout);
        if (block.offline && line[1] !== 'query') expect(r.stderr).toContain('embedded emulator');
        ran.push(line[1] as string);
      }
    }
    // Each command of the README is among them.
    expect(new Set(ran)).toEqual(new Set(['stats', 'export', 'archive', 'query']));
  }, 300_000);
});
