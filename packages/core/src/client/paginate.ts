// paginate(): every item of a long read, as the API can give it: pages of 1,000 through `page`, over date windows
// the API accepts (31 days for restricted types), newest window first as the API orders items. A page is fetched
// only once the previous one has been consumed, and only the previous page's item keys are kept, so memory
// stays flat however long the read.
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
  async function* pages(): AsyncGenerator<Page<ItemOf<T>>> {
    let windows: (DateRange | undefined)[];
    try {
      windows = windowsOf(options, type, request);
    } catch (e) {
      throw source.fail(e);
    }
    for (const window of windows) {
      let previous = new Set<string>();
      for (let page = 1; ; page++) {
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
