// The bundle the size budget measures: createClient, one stats() call (full validation), JSON decoding.
import { createClient } from '../../src/index.ts';

const clicky = createClient({ siteId: 32020, sitekey: '0f3545d91b71cf50' });
export const answer = clicky.stats({ type: ['visitors', 'pages'], date: 'last-7-days', daily: true });
