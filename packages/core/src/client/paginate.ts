// paginate(): every item of a long read, as the API can give it: pages of 1,000 through `page`, over date windows
// the API accepts (31 days for restricted types), newest window first as the API orders items. A page is fetched
// only once the previous one has been consumed, and only the previous page's item keys are kept, so memory
// stays flat however long the read.
import { addDays, type DateRange, formatDateRange, resolveDateExpression, todayIn } from '../date-expression.ts';
import { ClickyDecodeError, ClickyParamError } from '../errors.ts';
import type { ChronologicalType, DateGroup, ItemOf, PopularType } from '../generated/data-types.ts';
import type { StatsRequest } from '../generated/params.ts';
import { DATA_TYPES, DEFAULT_PLAN, LIMITS, PLANS } from '../generated/tables.ts';
import type { ResolvedOptions } from './options.ts';

/** Types whose items come in pages: popular and chronological ones. */
export type PaginatedType = PopularType | ChronologicalType;

/**
 * A paginate() request: the type's parameters, less the ones paginate sets itself, and `daily`, whose groups the
 * items would lose.
 */
export type PaginateRequest<T extends PaginatedType> = Omit<
  StatsRequest<T, never>,
  'type' | 'limit' | 'page' | 'segments' | 'daily'
>;

/** One page as the API answered it. */
export interface Page<Item> {
  /** The date window the page belongs to, when the read has one. */
  readonly window: DateRange | undefined;
  /** The page number within its window, from 1. */
  readonly page: number;
  /** The page's items, less any the previous page already gave. */
  readonly items: Item[];
}

/** Async iteration over every item, newest first; `pages()` gives whole pages instead. */
export interface ItemStream<Item> extends AsyncIterable<Item> {
  pages(): AsyncIterable<Page<Item>>;
  /**
   * Every item in one array (Node 20 has no `Array.fromAsync`). It holds the whole read in memory: iterate
   * instead for long ranges of visitors or actions.
   */
  toArray(): Promise<Item[]>;
}

/** Fetches one page's answer for a type. */
export type FetchPage = (request: Record<string, unknown>) => Promise<Record<string, DateGroup<unknown>[] | undefined>>;

export function paginate<T extends PaginatedType>(
  options: ResolvedOptions,
  type: T,
  request: PaginateRequest<T>,
  fetchPage: FetchPage,
): ItemStream<ItemOf<T>> {
  async function* pages(): AsyncGenerator<Page<ItemOf<T>>> {
    const plan = PLANS[options.plan ?? DEFAULT_PLAN];
    const size = Math.min(LIMITS.restrictedMaxLimit, LIMITS.limitMax, plan.maxResults ?? Number.POSITIVE_INFINITY);
    for (const window of windowsOf(options, type, request)) {
      let previous = new Set<string>();
      for (let page = 1; ; page++) {
        const answer = await fetchPage({
          ...request,
          type,
          ...(window === undefined ? {} : { date: formatDateRange(window) }),
          limit: size,
          page,
        });
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
          throw new ClickyDecodeError(String(request.output ?? options.output), 'a new page of items', {
            path: `${type} page ${page}: the answer repeats the previous page`,
          });
        }
        yield { window, page, items };
        if (raw.length < size) break;
        previous = keys;
      }
    }
  }
  return {
    pages: () => pages(),
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
    if (request[name] !== undefined)
      throw new ClickyParamError([{ param: name, rule: 'paginate', message: 'is set by paginate(); leave it out' }]);
  }
  // Items come one by one, without the date group they were in: a day's items could not be told from the next's.
  if (request.daily !== undefined && request.daily !== false)
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
    request.time_offset !== undefined ||
    request.alert_id !== undefined
  )
    return [undefined];
  const date = typeof request.date === 'string' ? request.date : 'today';
  let range: DateRange;
  try {
    range = resolveDateExpression(date, todayIn(options.timeZone));
  } catch (e) {
    throw new ClickyParamError([
      { param: 'date', rule: 'date', message: e instanceof Error ? e.message : String(e), value: JSON.stringify(date) },
    ]);
  }
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

/**
 * What identifies an item across pages. A visitors-list session keeps its id while its counters grow, so it is
 * keyed by id; other items are keyed by their whole content.
 */
function itemKey(type: PaginatedType, item: unknown): string {
  if (type === 'visitors-list') {
    const id = (item as { session_id?: unknown }).session_id;
    if (id !== undefined) return `s${String(id)}`;
  }
  return JSON.stringify(item);
}
