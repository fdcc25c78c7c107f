// The `strict` option through the browser client's own JSON decoder and through a decoder given as an option:
// by default an item missing a required field is kept and the problem listed; strict, the call fails with
// ClickyDecodeError after one try.
import { decode } from '@clicky-sdk/decoders';
import { describe, expect, it } from 'vitest';
import { ClickyDecodeError, createClient, type FetchLike } from '../src/index.ts';

const site = { siteId: 1, sitekey: 'f00dfacecafe1234', baseUrl: 'http://127.0.0.1:9' };

/** A fetch answering every request with `body`, counting the requests. */
function answering(body: string, contentType = 'application/json'): { fetch: FetchLike; tries: () => number } {
  let tries = 0;
  const fetch: FetchLike = async () => {
    tries++;
    return new Response(body, { status: 200, headers: { 'content-type': contentType } });
  };
  return { fetch, tries: () => tries };
}

/** Pages items, the second without its required value. */
const ODD_JSON = JSON.stringify([
  { type: 'pages', dates: [{ date: '2024-01-01', items: [{ title: 'Home', value: '10' }, { title: 'About' }] }] },
]);
const ODD_XML =
  '<?xml version="1.0" encoding="UTF-8"?><response status="ok"><type type="pages"><date date="2024-01-01">' +
  '<item><title>Home</title><value>10</value></item><item><title>About</title></item></date></type></response>';

describe('the browser client and strict', () => {
  it('keeps the odd item by default, its problem in withResponse()', async () => {
    const { fetch } = answering(ODD_JSON);
    const r = await createClient({ ...site, fetch })
      .pages({ date: '2024-01-01' })
      .withResponse();
    expect(r.data[0]?.items).toEqual([{ title: 'Home', value: 10 }, { title: 'About' }]);
    expect(r.problems).toEqual([{ path: 'pages[0].items[1].value', expected: 'the required field value' }]);
  });

  it('fails a strict call through its own JSON decoder, after one try', async () => {
    const { fetch, tries } = answering(ODD_JSON);
    const clicky = createClient({ ...site, fetch, strict: true, retries: { retries: 3, baseDelayMs: 1 } });
    const error = await clicky.pages({ date: '2024-01-01' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClickyDecodeError);
    expect(error).toMatchObject({ path: 'pages[0].items[1].value', expected: 'the required field value' });
    expect(tries()).toBe(1);
  });

  it("fails a strict call through the decoders package's decode given as its decoder", async () => {
    const { fetch } = answering(ODD_XML, 'text/xml');
    const options = { ...site, fetch, output: 'xml', decoder: { decode }, retries: 0 } as const;
    await expect(createClient({ ...options, strict: true }).pages({ date: '2024-01-01' })).rejects.toMatchObject({
      code: 'CLICKY_DECODE',
      format: 'xml',
      path: 'pages[0].items[1].value',
    });
    const groups = await createClient(options).pages({ date: '2024-01-01' });
    expect(groups[0]?.items).toEqual([{ title: 'Home', value: 10 }, { title: 'About' }]);
  });
});
