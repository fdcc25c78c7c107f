// A full disk mid-export: the run stops with exit 1 and a clear "no space left" message, the committed pages and
// their state stay, and once there is room the same command finishes the file, equal to an export that never
// ran out. The small disk is a tmpfs mounted in a private mount namespace (unshare), so nothing outside sees it;
// where namespaces cannot be made (not root, not Linux) the test is skipped and says so.
import { execFile, spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { addDays } from '@clicky-sdk/core';
import type { Emulator } from '@clicky-sdk/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, clicky, siteFlags, smallEmulator, tempFolder } from './helpers.ts';

const canMount = spawnSync('unshare', ['-m', 'true']).status === 0;

let emu: Emulator;
let dir: { path: string; remove: () => Promise<void> };
beforeAll(async () => {
  emu = await smallEmulator();
  dir = await tempFolder();
});
afterAll(async () => {
  await emu.close();
  await dir.remove();
});

describe.skipIf(!canMount)('a full disk (a 96 KB tmpfs in a private mount namespace)', () => {
  it('stops with a clear error, keeps what was committed, and resumes once there is room', async () => {
    const range = `${addDays(emu.today, -45)},${addDays(emu.today, -5)}`;
    const args = ['export', 'visitors-list', ...siteFlags(emu), '--date', range];
    const reference = await clicky([...args, '--out', join(dir.path, 'ref.ndjson')]);
    expect(reference.code).toBe(0);
    const disk = join(dir.path, 'disk');
    const q = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
    const run = `${q(process.execPath)} ${q(BIN)} ${args.map(q).join(' ')} --out ${q(join(disk, 'v.ndjson'))}`;
    // One shell in the namespace: mount a small disk, export (it fills up), keep what the run said, grow the
    // disk, export again, and copy the result out before the namespace (and its disk) goes away.
    const script = [
      'set -u',
      `mkdir -p ${q(disk)}`,
      `mount -t tmpfs -o size=96k tmpfs ${q(disk)}`,
      `${run} > /dev/null 2> ${q(join(dir.path, 'full.err'))}; echo $? > ${q(join(dir.path, 'full.code'))}`,
      `ls ${q(disk)} > ${q(join(dir.path, 'full.ls'))}`,
      `mount -o remount,size=16m ${q(disk)}`,
      `${run} > /dev/null 2> ${q(join(dir.path, 'room.err'))}; echo $? > ${q(join(dir.path, 'room.code'))}`,
      `cp ${q(join(disk, 'v.ndjson'))} ${q(join(dir.path, 'resumed.ndjson'))}`,
    ].join('\n');
    await writeFile(join(dir.path, 'script.sh'), script);
    // Asynchronously: the emulator answering the runs lives in this process.
    await promisify(execFile)('unshare', ['-m', '--propagation', 'private', 'sh', join(dir.path, 'script.sh')], {
      timeout: 120_000,
    });
    const read = (f: string) => readFile(join(dir.path, f), 'utf8');
    expect((await read('full.code')).trim()).toBe('1');
    expect(await read('full.err')).toMatch(
      /clicky: cannot write .*v\.ndjson: .*no space left on the device \(ENOSPC\)(; \d+ rows are safe in it, and the same command resumes once that is fixed)?/,
    );
    expect((await read('full.ls')).split('\n')).toContain('v.ndjson.clicky-export.json');
    expect((await read('room.code')).trim()).toBe('0');
    expect(await read('room.err')).toMatch(/resuming .*v\.ndjson: \d+ rows already written/);
    expect(await read('resumed.ndjson')).toBe(await read('ref.ndjson'));
  }, 180_000);
});
