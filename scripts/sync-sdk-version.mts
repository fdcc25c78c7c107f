// After `changeset version`: writes core's package.json version into SDK_VERSION (sent in the default `app`),
// which a core test keeps equal to it.
import { readFile, writeFile } from 'node:fs/promises';

const core = new URL('../packages/core/', import.meta.url);
const { version } = JSON.parse(await readFile(new URL('package.json', core), 'utf8')) as { version: string };
const file = new URL('src/client/version.ts', core);
const text = await readFile(file, 'utf8');
const next = text.replace(/SDK_VERSION = '[^']*'/, `SDK_VERSION = '${version}'`);
if (next !== text) await writeFile(file, next);
console.log(`SDK_VERSION = '${version}'`);
