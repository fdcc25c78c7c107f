// Bun runs the built Node package (undici included) against the emulator; the result must equal Node's.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { createClient } from '../src/index.ts';
import { expectSameOnBun } from './bun/on-bun.ts';

const here = dirname(fileURLToPath(import.meta.url));

describe('the node package on Bun', () => {
  it('answers, retries, queues restricted calls, paginates and aborts as on Node', async () => {
    await expectSameOnBun(join(here, '../dist/index.js'), createClient);
  }, 90_000);
});
