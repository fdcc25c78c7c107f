// paginate() over a scripted API that pages a known list of items by date window, page and limit.
import { inspect } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, todayIn } from '../../src/date-expression.ts';
import { ClickyDecodeError, ClickyParamError } from '../../src/errors.ts';
import { makeClient, SITEKEY } from './fakes.ts';

interface Item {
  session_id: number;
  day: string;
}

/** An API over `items` (newest first): answers a window's page of `limit` items. */
function pagedApi(items: () => Item[]) {
  return (url: URL) => {
    const q = url.searchParams;
    const [start, end = start] = (q.get('date') ?? '').split(',') as [string, string?];
    const limit = Number(q.get('limit'));
    const page = Number(q.get('page'));
    const inWindow = items().filter((i) => i.day >= start && i.day <= (end as string));
    const slice = inWindow.slice((page - 1) * limit, page * limit);
    return { body: JSON.stringify({ 'visitors-list': [{ date: q.get('date'), items: slice }] }) };
  };
}

const today = todayIn('UTC');

/** `perDay[i]` items on the day i days ago, newest first, session ids descending. */
function dataset(perDay: number[]): Item[] {
  const items: Item[] = [];
  let id = 1_000_000;
  perDay.forEach((n, ago) => {
    for (let k = 0; k < n; k++) items.push({ session_id: id--, day: addDays(today, -ago) });
  });
  return items;
}

describe('paginate', () => {
  it('reads 31-day windows newest first, pages of 1,000, each item once, stopping on a short page', async () => {
    const items = dataset(Array.from({ length: 70 }, (_, i) => (i % 3 === 0 ? 400 : 5)));
    const { client, seen } = makeClient(
      pagedApi(() => items),
      { siteId: 11 },
    );
    const got: (number | undefined)[] = [];
    for await (const v of client.paginate('visitors-list', { date: 'last-70-days' })) got.push(v.session_id);
    expect(got).toEqual(items.map((i) => i.session_id));
    const asked = seen.urls.map((u) => `${u.searchParams.get('date')}#${u.searchParams.get('page')}`);
    expect(asked[0]).toBe(`${addDays(today, -30)},${today}#1`);
    const windows = [...new Set(seen.urls.map((u) => u.searchParams.get('date')))];
    expect(windows).toEqual([
      `${addDays(today, -30)},${today}`,
      `${addDays(today, -61)},${addDays(today, -31)}`,
      `${addDays(today, -69)},${addDays(today, -62)}`,
    ]);
    expect(seen.urls.every((u) => u.searchParams.get('limit') === '1000')).toBe(true);
  });

  it('gives every item exactly once whatever the counts per day (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.integer({ min: 0, max: 1200 }), { minLength: 1, maxLength: 40 }), async (perDay) => {
        const items = dataset(perDay);
        const { client } = makeClient(
          pagedApi(() => items),
          { siteId: 12 },
        );
        const got: (number | undefined)[] = [];
        for await (const v of client.paginate('visitors-list', { date: `last-${perDay.length}-days` }))
          got.push(v.session_id);
        expect(got).toEqual(items.map((i) => i.session_id));
      }),
      { numRuns: 15 },
    );
  });

  it('gives every item in one array with toArray(), as iterating does', async () => {
    const items = dataset([1500, 3, 0, 700]);
    const { client } = makeClient(
      pagedApi(() => items),
      { siteId: 13 },
    );
    const all = await client.paginate('visitors-list', { date: 'last-4-days' }).toArray();
    expect(all.map((v) => v.session_id)).toEqual(items.map((i) => i.session_id));
  });

  it('skips items pushed onto the next page by new arrivals', async () => {
    let items = dataset([1500]);
    let pages = 0;
    const api = pagedApi(() => items);
    const { client } = makeClient(
      (url) => {
        const answer = api(url);
        if (++pages === 1)
          items = [{ session_id: 2_000_000, day: today }, { session_id: 2_000_001, day: today }, ...items];
        return answer;
      },
      { siteId: 13 },
    );
    const got: (number | undefined)[] = [];
    for await (const v of client.paginate('visitors-list', { date: 'today' })) got.push(v.session_id);
    expect(new Set(got).size).toBe(got.length);
    expect(got).toHaveLength(1500);
  });

  it('fetches a page only when the previous one is consumed, and gives pages whole', async () => {
    const items = dataset([2500]);
    const { client, seen } = makeClient(
      pagedApi(() => items),
      { siteId: 14 },
    );
    const pages = client.paginate('visitors-list', { date: 'today' }).pages()[Symbol.asyncIterator]();
    const first = await pages.next();
    expect(first.value?.items).toHaveLength(1000);
    expect(first.value?.page).toBe(1);
    expect(seen.urls).toHaveLength(1);
    await pages.return?.();
    expect(seen.urls).toHaveLength(1);
  });

  it('refuses parameters it sets itself and types without pages', async () => {
    const { client } = makeClient(pagedApi(() => []));
    const read = async (type: string, request: object) => {
      for await (const _ of client.paginate(type as never, request as never)) break;
    };
    await expect(read('visitors-list', { limit: 10 })).rejects.toBeInstanceOf(ClickyParamError);
    await expect(read('visitors', {})).rejects.toBeInstanceOf(ClickyParamError);
    await expect(read('visitors-list', { date: 'last-blue-moon' })).rejects.toBeInstanceOf(ClickyParamError);
  });

  it('refuses daily, whose items would come without the day they belong to', async () => {
    const { client, seen } = makeClient(pagedApi(() => []));
    const first = client
      .paginate('pages', { date: 'last-7-days', daily: true } as never)
      [Symbol.asyncIterator]()
      .next();
    await expect(first).rejects.toMatchObject({
      code: 'CLICKY_PARAM',
      problems: [
        {
          param: 'daily',
          rule: 'paginate',
          message: "paginate() gives items without their date group; ask stats() or a type's method for daily groups",
        },
      ],
    });
    expect(seen.urls).toEqual([]);
  });

  it('checks the date it splits: one that is no string is refused, not read as today', async () => {
    const { client, seen } = makeClient(pagedApi(() => dataset([3])));
    for (const date of [20240101, ['2024-01-01'], null, ' today']) {
      const read = async () => {
        for await (const _ of client.paginate('visitors-list', { date } as never));
      };
      await expect(read(), JSON.stringify(date)).rejects.toMatchObject({
        code: 'CLICKY_PARAM',
        problems: [{ param: 'date' }],
      });
    }
    expect(seen.urls).toHaveLength(0);
  });

  it('keeps the sitekey out of the errors it makes itself', async () => {
    const { client } = makeClient(pagedApi(() => []));
    const error = await (async () => {
      for await (const _ of client.paginate('visitors-list', { date: `since ${SITEKEY}` }));
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClickyParamError);
    expect(inspect(error, { depth: 10, showHidden: true })).not.toContain(SITEKEY);
  });

  it('stops fetching when the consumer stops, however many pages a server would give', async () => {
    let n = 0;
    const { client, seen } = makeClient(() => {
      n++;
      const items = Array.from({ length: 1000 }, (_, i) => ({ session_id: n * 1000 + i }));
      return { body: JSON.stringify({ 'visitors-list': [{ date: today, items }] }) };
    });
    let read = 0;
    for await (const _ of client.paginate('visitors-list', { date: 'today' })) if (++read === 3500) break;
    expect(seen.urls).toHaveLength(4);
    const stop = new AbortController();
    const aborted = (async () => {
      for await (const _ of client.paginate('visitors-list', { date: 'today' }, { signal: stop.signal }))
        if (++read === 5000) stop.abort();
    })();
    await expect(aborted).rejects.toMatchObject({ code: 'CLICKY_ABORT' });
  });

  it('fails instead of looping when the answer ignores page', async () => {
    const items = dataset([1000]);
    const { client } = makeClient((url) => pagedApi(() => items)(new URL(url.href.replace(/page=\d+/, 'page=1'))), {
      siteId: 15,
    });
    const read = async () => {
      for await (const _ of client.paginate('visitors-list', { date: 'today' }));
    };
    await expect(read()).rejects.toBeInstanceOf(ClickyDecodeError);
  });

  it('reads a popular type over its whole range at once, and time_offset without windows', async () => {
    const { client, seen } = makeClient((url) => ({
      body: JSON.stringify({ [url.searchParams.get('type') ?? '']: [{ date: 'x', items: [] }] }),
    }));
    for await (const _ of client.paginate('pages', { date: 'last-30-days' }));
    for await (const _ of client.paginate('actions-list', { time_offset: 3600 }));
    expect(seen.urls.map((u) => u.searchParams.get('date'))).toEqual(['last-30-days', null]);
  });

  describe('resuming from a page cursor', () => {
    /** Reads pages, stopping after `stopAfter` of them; returns their ids and the last cursor (JSON round trip). */
    async function readPages(client: ReturnType<typeof makeClient>['client'], after?: unknown, stopAfter = Infinity) {
      const ids: (number | undefined)[] = []; // lenient results: a field may be missing
      let cursor: unknown;
      let n = 0;
      for await (const page of client.paginate('visitors-list', { date: 'last-70-days' }).pages(after as never)) {
        ids.push(...page.items.map((v) => v.session_id));
        cursor = JSON.parse(JSON.stringify(page.cursor));
        if (++n >= stopAfter) break;
      }
      return { ids, cursor };
    }

    it('stopping after any page and resuming from its cursor gives every item once (property)', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 70, maxLength: 70 }),
          fc.integer({ min: 1, max: 8 }),
          async (perDay, stopAfter) => {
            const items = dataset(perDay);
            const { client } = makeClient(
              pagedApi(() => items),
              { siteId: 16 },
            );
            const first = await readPages(client, undefined, stopAfter);
            const rest = await readPages(client, first.cursor);
            expect([...first.ids, ...rest.ids]).toEqual(items.map((i) => i.session_id));
            expect((rest.cursor ?? first.cursor) as { done: boolean }).toMatchObject({ done: true });
          },
        ),
        { numRuns: 12 },
      );
    }, 30_000);

    it('after the last page the cursor is done and a read from it fetches nothing', async () => {
      const items = dataset([10]);
      const { client, seen } = makeClient(
        pagedApi(() => items),
        { siteId: 17 },
      );
      const { cursor } = await readPages(client);
      expect(cursor).toEqual({ page: 1, seen: [], done: true });
      const before = seen.urls.length;
      expect((await readPages(client, cursor)).ids).toEqual([]);
      expect(seen.urls.length).toBe(before);
    });

    it('names the next page and the digests of the page read; skips them when items shifted meanwhile', async () => {
      let items = dataset([2500]);
      const { client } = makeClient(
        pagedApi(() => items),
        { siteId: 18 },
      );
      const first = await readPages(client, undefined, 1);
      expect(first.cursor).toMatchObject({ window: expect.stringMatching(/^\d{4}-\d\d-\d\d,/), page: 2, done: false });
      expect((first.cursor as { seen: string[] }).seen).toHaveLength(1000);
      // Three new sessions arrive before the read resumes: page 2 now starts with three items page 1 gave.
      items = [2_000_001, 2_000_002, 2_000_003].map((id) => ({ session_id: id, day: today })).concat(items);
      const rest = await readPages(client, first.cursor);
      expect(new Set([...first.ids, ...rest.ids]).size).toBe(2500);
      expect(first.ids.length + rest.ids.length).toBe(2500);
    });

    it('refuses a cursor that is not one of this read (ClickyParamError naming the cursor)', async () => {
      const { client } = makeClient(pagedApi(() => []));
      for (const bad of [
        { window: '2001-01-01,2001-01-31', page: 2, seen: [], done: false },
        { page: 0, seen: [], done: false },
        { page: 1, seen: [3], done: false },
        { page: 1, seen: [] },
        null,
      ]) {
        const err = await readPages(client, bad).catch((e: unknown) => e);
        expect(err, JSON.stringify(bad)).toBeInstanceOf(ClickyParamError);
        expect((err as ClickyParamError).message).toContain('(cursor)');
      }
    });

    it("reads a cursor's own fields only: one whose fields come from its prototype is refused", async () => {
      const items = dataset([10]);
      const { client } = makeClient(
        pagedApi(() => items),
        { siteId: 19 },
      );
      const { cursor } = await readPages(client);
      const lent = Object.create(cursor as object);
      const err = await readPages(client, lent).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ClickyParamError);
      expect((err as ClickyParamError).message).toContain('done must be true or false');
    });
  });
});
