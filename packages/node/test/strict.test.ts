// The client's `strict` option over the real decoders: by default an item the body got wrong is kept with what it
// has and the problem listed (one odd item never loses the answer); with `strict: true` it fails the call with
// ClickyDecodeError, after one try, whether the body is decoded whole or streamed.
import { ClickyDecodeError } from '@clicky-sdk/core';
import { MockAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { createClient } from '../src/index.ts';

const site = { siteId: 1, sitekey: 'f00dfacecafe1234' };

/** A JSON body of pages items in the API's layout. */
const pagesBody = (items: unknown[]): string =>
  JSON.stringify([{ type: 'pages', dates: [{ date: '2024-01-01', items }] }]);

/** The second item lacks its required value. */
const ODD = pagesBody([{ title: 'Home', value: '10' }, { title: 'About' }, { title: 'Blog', value: '3' }]);

let mock: MockAgent | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

/** A dispatcher that answers every request with `body`, counting the requests. */
function answering(body: string): { dispatcher: MockAgent; tries: () => number } {
  let tries = 0;
  mock = new MockAgent();
  mock.disableNetConnect();
  mock
    .get('https://api.clicky.com')
    .intercept({ path: (p) => p.startsWith('/api/stats/4?') })
    .reply(200, () => {
      tries++;
      return body;
    })
    .persist();
  return { dispatcher: mock, tries: () => tries };
}

describe('a lenient client (the default)', () => {
  it('keeps an item missing a required field, and lists the problem in withResponse()', async () => {
    const { dispatcher, tries } = answering(ODD);
    const clicky = createClient({ ...site, dispatcher, retries: { baseDelayMs: 1 } });
    const r = await clicky.pages({ date: '2024-01-01' }).withResponse();
    expect(r.data[0]?.items).toEqual([{ title: 'Home', value: 10 }, { title: 'About' }, { title: 'Blog', value: 3 }]);
    expect(r.problems).toEqual([{ path: 'pages[0].items[1].value', expected: 'the required field value' }]);
    // What the types say: the value may be absent, so code that needs a number says what stands in for none.
    expect(r.data[0]?.items.map((item) => item.value ?? 0)).toEqual([10, 0, 3]);
    expect(tries()).toBe(1);
  });

  it('gives such items from paginate() too', async () => {
    const { dispatcher } = answering(ODD);
    const clicky = createClient({ ...site, dispatcher });
    expect((await clicky.paginate('pages', { date: '2024-01-01' }).toArray()).map((p) => p.title)).toEqual([
      'Home',
      'About',
      'Blog',
    ]);
  });
});

describe('a strict client', () => {
  it('fails the call with ClickyDecodeError naming the field, after one try', async () => {
    const { dispatcher, tries } = answering(ODD);
    const clicky = createClient({ ...site, dispatcher, strict: true, retries: { retries: 3, baseDelayMs: 1 } });
    const error = await clicky.pages({ date: '2024-01-01' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClickyDecodeError);
    expect(error).toMatchObject({
      format: 'json',
      path: 'pages[0].items[1].value',
      expected: 'the required field value',
    });
    expect(tries()).toBe(1);
  });

  it('fails stats() and paginate() alike, and a value that cannot be typed as well', async () => {
    const { dispatcher } = answering(pagesBody([{ title: 'Home', value: 'many' }]));
    const clicky = createClient({ ...site, dispatcher, strict: true, retries: 0 });
    await expect(clicky.stats({ type: 'pages', date: '2024-01-01' })).rejects.toMatchObject({
      code: 'CLICKY_DECODE',
      path: 'pages[0].items[0].value',
      expected: 'a number, got "many"',
    });
    await expect(clicky.paginate('pages', { date: '2024-01-01' }).toArray()).rejects.toBeInstanceOf(ClickyDecodeError);
  });

  it('fails a large body it decodes as it streams, on an odd item at its end', async () => {
    const items = [
      ...Array.from({ length: 8000 }, (_, i) => ({ title: `Page number ${i}`, value: String(i + 1) })),
      { title: 'About' },
    ];
    const body = pagesBody(items);
    expect(body.length).toBeGreaterThan(256 * 1024);
    const { dispatcher } = answering(body);
    const strict = createClient({ ...site, dispatcher, strict: true, retries: 0 });
    await expect(strict.pages({ date: '2024-01-01', limit: 1000 })).rejects.toMatchObject({
      code: 'CLICKY_DECODE',
      path: 'pages[0].items[8000].value',
    });
    const lenient = createClient({ ...site, dispatcher, retries: 0 });
    const groups = await lenient.pages({ date: '2024-01-01', limit: 1000 });
    expect(groups[0]?.items).toHaveLength(8001);
    expect(groups[0]?.items.at(-1)).toEqual({ title: 'About' });
  });

  it('returns whole items when the body has them', async () => {
    const { dispatcher } = answering(pagesBody([{ title: 'Home', value: '10' }]));
    const clicky = createClient({ ...site, dispatcher, strict: true });
    const groups = await clicky.pages({ date: '2024-01-01' });
    const total: number = groups[0]?.items.reduce((sum, item) => sum + item.value, 0) ?? 0;
    expect(total).toBe(10);
  });

  it('refuses a strict option that is not a boolean, before sending anything', () => {
    expect(() => createClient({ ...site, strict: 'yes' } as never)).toThrow(
      /\(options\.strict\): must be true or false/,
    );
  });
});
