// The `strict` option through the Deno client's decoder, for a body decoded whole and one decoded as it streams:
// by default an item missing a required field is kept and the problem listed; strict, the call fails with
// ClickyDecodeError after one try.
import { describe, expect, it } from 'vitest';
import { ClickyDecodeError, createClient, type FetchLike } from '../src/index.ts';

const site = { siteId: 1, sitekey: 'f00dfacecafe1234', baseUrl: 'http://127.0.0.1:9' };

/** A fetch answering every request with `body` (no Content-Length, so a large one is streamed), counting them. */
function answering(body: string): { fetch: FetchLike; tries: () => number } {
  let tries = 0;
  const fetch: FetchLike = async () => {
    tries++;
    return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, tries: () => tries };
}

/** Pages items in the API's JSON layout: `count` whole ones, then one without its required value. */
const oddPages = (count: number): string =>
  JSON.stringify([
    {
      type: 'pages',
      dates: [
        {
          date: '2024-01-01',
          items: [...Array.from({ length: count }, (_, i) => ({ title: `Page ${i}`, value: '1' })), { title: 'About' }],
        },
      ],
    },
  ]);

describe.each([
  ['whole', 1],
  ['streamed', 9000],
])('the Deno client and strict, a body decoded %s', (_how, count) => {
  it('keeps the odd item by default, its problem in withResponse()', async () => {
    const { fetch } = answering(oddPages(count));
    const r = await createClient({ ...site, fetch })
      .pages({ date: '2024-01-01' })
      .withResponse();
    expect(r.data[0]?.items).toHaveLength(count + 1);
    expect(r.data[0]?.items.at(-1)).toEqual({ title: 'About' });
    expect(r.problems).toEqual([{ path: `pages[0].items[${count}].value`, expected: 'the required field value' }]);
  });

  it('fails a strict call with ClickyDecodeError, after one try', async () => {
    const { fetch, tries } = answering(oddPages(count));
    const clicky = createClient({ ...site, fetch, strict: true, retries: { retries: 3, baseDelayMs: 1 } });
    const error = await clicky.pages({ date: '2024-01-01' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClickyDecodeError);
    expect(error).toMatchObject({ path: `pages[0].items[${count}].value`, expected: 'the required field value' });
    expect(tries()).toBe(1);
  });
});
