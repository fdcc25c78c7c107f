// Bun runs the built browser package (fetch) against the emulator; the result must equal Node's. The scenario
// is the Node package's Bun scenario, given this package's entry.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';
import { expectSameOnBun } from '../../node/test/bun/on-bun.ts';
import { createClient } from '../src/index.ts';

const here = dirname(fileURLToPath(import.meta.url));

describe('the browser package on Bun', () => {
  it('answers, retries, queues restricted calls, paginates and aborts as on Node', async () => {
    await expectSameOnBun(join(here, '../dist/index.js'), createClient);
  }, 90_000);
});
