// paginate(): every item of a long read, as the API can give it: pages of 1,000 through `page`, over date windows
// the API accepts (31 days for restricted types), newest window first as the API orders items. A page is fetched
// only once the previous one has been consumed, and only digests of the previous page's items are kept, so
// memory stays flat however long the read. Each page carries a cursor: a read started from it goes on with the
// next page, so a long read stopped by a crash or Ctrl-C goes on later where it stopped.
import {
  addDays,
  type DateRange,
  formatDateRange,
  parseDateExpression,
  resolveDateExpression,
  todayIn,
} from '../date-expression.ts';
import { ClickyDecodeError, ClickyParamError } from '../errors.ts';
import type { TypeRequest } from '../generated/client-methods.ts';
import type { ChronologicalType, DateGroup, ItemOf, PopularType } from '../generated/data-types.ts';
import { DATA_TYPES, DEFAULT_PLAN, LIMITS, PLANS } from '../generated/tables.ts';
import { ownValue } from '../guards.ts';
import type { ResolvedOptions } from './options.ts';

/** Types whose items come in pages: popular and chronological ones. */
export type PaginatedType = PopularType | ChronologicalType;

/**
 * A paginate() request: the parameters that apply to the type, less the ones paginate sets itself, and `daily`,
 * whose groups the items would lose.
 */
export type PaginateRequest<T extends PaginatedType> = Omit<TypeRequest<T, never>, 'limit' | 'page' | 'daily'>;

/**
 * Where a read stands once a page has been consumed: plain JSON, to keep beside what the pages were written to.
 * `pages(cursor)` goes on from it with the next page, skipping the items a shifted page repeats.
 */
export interface PageCursor {
  /** The window of the next page (`start,end`); absent when the read has no windows or is done. */
  readonly window?: string;
  /** The next page's number within its window, from 1. */
  readonly page: number;
  /** Digests of the last page's items: a next page that repeats them (new items pushed them down) skips them. */
  readonly seen: readonly string[];
  /** True once the last page has been given: nothing is left to read. */
  readonly done: boolean;
}

/** One page as the API answered it. */
export interface Page<Item> {
  /** The date window the page belongs to, when the read has one. */
  readonly window: DateRange | undefined;
  /** The page number within its window, from 1. */
  readonly page: number;
  /** The page's items, less any the previous page already gave. */
  readonly items: Item[];
  /** Where the read stands after this page: `pages(cursor)` resumes with the next one. */
  readonly cursor: PageCursor;
}

/** Async iteration over every item, newest first; `pages()` gives whole pages instead. */
export interface ItemStream<Item> extends AsyncIterable<Item> {
  /** Whole pages; after a cursor of an earlier read of the same request, the pages that follow it. */
  pages(after?: PageCursor): AsyncIterable<Page<Item>>;
  /**
   * Every item in one array (Node 20 has no `Array.fromAsync`). It holds the whole read in memory: iterate
   * instead for long ranges of visitors or actions.
   */
  toArray(): Promise<Item[]>;
}

/** How paginate() reaches the API, through the client that calls it. */
export interface PageSource {
  /** Fetches one page's answer for a type. */
  fetch(request: Record<string, unknown>): Promise<Record<string, DateGroup<unknown>[] | undefined>>;
  /** The error to throw for one paginate() found itself (the client keeps its sitekey out of it). */
  fail(error: unknown): unknown;
}

export function paginate<T extends PaginatedType>(
  options: ResolvedOptions,
  type: T,
  request: PaginateRequest<T>,
  source: PageSource,
): ItemStream<ItemOf<T>> {
  const plan = PLANS[options.plan ?? DEFAULT_PLAN];
  const size = Math.min(LIMITS.restrictedMaxLimit, LIMITS.limitMax, plan.maxResults ?? Number.POSITIVE_INFINITY);
  const pageRequest = (window: DateRange | undefined, page: number): Record<string, unknown> => ({
    ...request,
    type,
    ...(window === undefined ? {} : { date: formatDateRange(window) }),
    limit: size,
    page,
  });
  async function* pages(after?: PageCursor): AsyncGenerator<Page<ItemOf<T>>> {
    let windows: (DateRange | undefined)[];
    let from: ReturnType<typeof startOf>;
    try {
      windows = windowsOf(options, type, request);
      from = startOf(windows, after);
    } catch (e) {
      throw source.fail(e);
    }
    if (from === undefined) return;
    for (let w = from.index; w < windows.length; w++) {
      const window = windows[w];
      let previous = w === from.index ? from.seen : new Set<string>();
      for (let page = w === from.index ? from.page : 1; ; page++) {
        const answer = await source.fetch(pageRequest(window, page));
        const raw = (answer[type] ?? []).flatMap((group) => group.items) as ItemOf<T>[];
        const keys = new Set<string>();
        const items: ItemOf<T>[] = [];
        for (const item of raw) {
          const key = itemKey(type, item);
          keys.add(key);
          // Items that arrived meanwhile push older ones down a page: skip those the previous page gave.
          if (!previous.has(key)) items.push(item);
        }
        if (raw.length >= size && items.length === 0) {
          throw source.fail(
            new ClickyDecodeError(
              String((request as { output?: unknown }).output ?? options.output),
              'a new page of items',
              {
                path: `${type} page ${page}: the answer repeats the previous page`,
              },
            ),
          );
        }
        const last = raw.length < size;
        yield { window, page, items, cursor: cursorAfter(windows, w, page, last, keys) };
        if (last) break;
        previous = keys;
      }
    }
  }
  return {
    pages: (after?: PageCursor) => pages(after),
    async *[Symbol.asyncIterator]() {
      for await (const page of pages()) yield* page.items;
    },
    async toArray() {
      const all: ItemOf<T>[] = [];
      for await (const page of pages()) for (const item of page.items) all.push(item);
      return all;
    },
  };
}

/** The date windows to read, newest first; one undefined window when the request's date is used as it is. */
function windowsOf(
  options: ResolvedOptions,
  type: PaginatedType,
  request: Record<string, unknown>,
): (DateRange | undefined)[] {
  for (const name of ['limit', 'page', 'type', 'segments']) {
    if (ownValue(request, name) !== undefined)
      throw new ClickyParamError([{ param: name, rule: 'paginate', message: 'is set by paginate(); leave it out' }]);
  }
  // Items come one by one, without the date group they were in: a day's items could not be told from the next's.
  const daily = ownValue(request, 'daily');
  if (daily !== undefined && daily !== false)
    throw new ClickyParamError([
      {
        param: 'daily',
        rule: 'paginate',
        message: "paginate() gives items without their date group; ask stats() or a type's method for daily groups",
      },
    ]);
  const info = DATA_TYPES[type];
  if (info === undefined || (info.category !== 'chronological' && info.category !== 'popular')) {
    throw new ClickyParamError([
      {
        param: 'type',
        rule: 'paginate',
        message: 'paginate() reads popular and chronological types',
        value: String(type),
      },
    ]);
  }
  // A popular type ranks the whole range at once, and time_offset or ignored dates leave nothing to split.
  if (
    info.category === 'popular' ||
    info.ignoresDate ||
    ownValue(request, 'time_offset') !== undefined ||
    ownValue(request, 'alert_id') !== undefined
  )
    return [undefined];
  // The date given is split, never sent as it is: it is checked here, a value that is no string included (it
  // used to read as today). parseDateExpression refuses it with DateExpressionError, a ClickyParamError.
  const given = ownValue(request, 'date');
  const date = parseDateExpression((given === undefined ? 'today' : given) as string);
  const range = resolveDateExpression(date, todayIn(options.timeZone));
  const plan = PLANS[options.plan ?? DEFAULT_PLAN];
  const span = Math.min(plan.maxRangeDays, info.restricted ? LIMITS.restrictedMaxRangeDays : plan.maxRangeDays);
  const windows: DateRange[] = [];
  for (let end = range.end; end >= range.start; end = addDays(end, -span)) {
    // ISO dates compare as strings; the oldest window is cut at the range's start.
    const start = addDays(end, -(span - 1));
    windows.push({ start: [start, range.start].sort()[1] as string, end });
  }
  return windows;
}

const windowLabel = (window: DateRange | undefined): string | undefined =>
  window === undefined ? undefined : formatDateRange(window);

/** The cursor after page `page` of window `w`: the next page, the next window's first, or done. */
function cursorAfter(
  windows: readonly (DateRange | undefined)[],
  w: number,
  page: number,
  last: boolean,
  keys: Set<string>,
): PageCursor {
  if (!last) return withWindow(windows[w], { page: page + 1, seen: [...keys], done: false });
  if (w + 1 < windows.length) return withWindow(windows[w + 1], { page: 1, seen: [], done: false });
  return { page: 1, seen: [], done: true };
}

function withWindow(window: DateRange | undefined, rest: Omit<PageCursor, 'window'>): PageCursor {
  const label = windowLabel(window);
  return label === undefined ? rest : { window: label, ...rest };
}

/** Where a read starts: the first window's first page, or the page a cursor names (undefined: nothing left). */
function startOf(
  windows: readonly (DateRange | undefined)[],
  after: PageCursor | undefined,
): { index: number; page: number; seen: Set<string> } | undefined {
  if (after === undefined) return { index: 0, page: 1, seen: new Set() };
  const bad = (message: string): ClickyParamError =>
    new ClickyParamError([{ param: '(cursor)', rule: 'cursor', message }]);
  if (typeof after !== 'object' || after === null) throw bad('must be a cursor a page of this read gave');
  // Its own fields only, as for requests: a polluted prototype must not move a read.
  const done = ownValue(after, 'done');
  const page = ownValue(after, 'page');
  const seen = ownValue(after, 'seen');
  const window = ownValue(after, 'window');
  if (typeof done !== 'boolean') throw bad('done must be true or false');
  if (done) return undefined;
  if (typeof page !== 'number' || !Number.isSafeInteger(page) || page < 1)
    throw bad('page must be a whole number from 1');
  if (!Array.isArray(seen) || !seen.every((k) => typeof k === 'string')) throw bad('seen must be a list of strings');
  const index = windows.findIndex((w) => windowLabel(w) === window);
  if (index < 0) throw bad(`names a window this read does not have (${String(window)}); was the date changed?`);
  return { index, page, seen: new Set(seen) };
}

/**
 * What identifies an item across pages. A visitors-list session keeps its id while its counters grow, so it is
 * keyed by id; other items are keyed by their whole content.
 */
function itemKey(type: PaginatedType, item: unknown): string {
  if (type === 'visitors-list') {
    const id = (item as { session_id?: unknown }).session_id;
    if (id !== undefined) return `s${String(id)}`;
  }
  return `h${digest(JSON.stringify(item) ?? '')}`;
}

/**
 * A 53-bit digest of a string (two multiplicative 32-bit hashes), in base 36: small enough to keep a page of them
 * in a cursor; two different items of one page share one with a chance of about 1 in 10^10.
 */
function digest(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
