// The bench's baseline: the same read as `clicky export`, done with @clicky-sdk/node's paginate() alone and
// nothing written, in its own process. Prints the number of items.
import { createClient } from '@clicky-sdk/node';

const [url, siteId, sitekey, date] = process.argv.slice(2) as [string, string, string, string];
const clicky = createClient({ siteId: Number(siteId), sitekey, baseUrl: url });
let items = 0;
for await (const _ of clicky.paginate('visitors-list', { date })) items++;
await clicky.close();
process.stdout.write(`${items}\n`);
