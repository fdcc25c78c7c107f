// Compile-time contract of the client: `pnpm typecheck` fails when a @ts-expect-error line stops being an error
// or a type assertion stops holding. The runtime test only makes sure the file is loaded.
import { describe, expectTypeOf, it } from 'vitest';
import type { ClickyClient } from '../../src/client/client.ts';
import type { ClickyResponse } from '../../src/client/response-promise.ts';
import type {
  DateGroup,
  FirstVisit,
  PopularItem,
  SegmentSummaryItem,
  StatsResult,
  TallyItem,
  VisitorsListItem,
} from '../../src/generated/data-types.ts';
import type { StatsRequest } from '../../src/generated/params.ts';
import type { Lenient, LenientStatsResult } from '../../src/lenient.ts';
import { prepareRequest } from '../../src/request.ts';

/** A client as createClient gives it without options beyond the site: lenient. */
declare const clicky: ClickyClient;
/** A client created with `strict: true`. */
declare const strict: ClickyClient<true>;
/** A client whose `strict` is known only at run time. */
declare const either: ClickyClient<boolean>;

async function contract(): Promise<void> {
  const r = await clicky.stats({ type: ['visitors', 'pages'], date: 'last-7-days', daily: true });
  // Lenient by default: an item the body got wrong is kept, so even a required field may be absent.
  expectTypeOf(r.visitors[0]!.items[0]!.value).toEqualTypeOf<number | undefined>();
  expectTypeOf(r.pages[0]!.items[0]!.title).toEqualTypeOf<string | undefined>();
  expectTypeOf(r).toEqualTypeOf<LenientStatsResult<'visitors' | 'pages'>>();
  // @ts-expect-error a lenient value may be absent: it is no number to compute with
  const sum: number = r.visitors[0]!.items[0]!.value;
  void sum;
  const rs = await strict.stats({ type: ['visitors', 'pages'], date: 'last-7-days', daily: true });
  expectTypeOf(rs.visitors[0]!.items[0]!.value).toEqualTypeOf<number>();
  expectTypeOf(rs.pages[0]!.items[0]!.title).toEqualTypeOf<string>();
  expectTypeOf(rs).toEqualTypeOf<StatsResult<'visitors' | 'pages'>>();
  // A client strict or not, as only the run time knows: either shape.
  const re = await either.stats({ type: 'visitors' });
  expectTypeOf(re.visitors[0]!.items[0]!).toEqualTypeOf<TallyItem | Lenient<TallyItem>>();
  expectTypeOf<keyof typeof r>().toEqualTypeOf<'visitors' | 'pages'>();
  // @ts-expect-error not requested
  void r.countries;

  // @ts-expect-error a misspelt type
  void clicky.stats({ type: ['visitros'] });
  // @ts-expect-error a misspelt parameter
  void clicky.stats({ type: 'pages', limt: 10 });
  // @ts-expect-error a value of the wrong kind
  void clicky.stats({ type: 'pages', limit: '10' });
  // @ts-expect-error the credentials belong to the client
  void clicky.stats({ type: 'pages', sitekey: 'x' });

  // stats() takes the parameters that apply to at least one requested type, as the per-type methods do.
  // @ts-expect-error hourly is for visitors and actions
  void clicky.stats({ type: 'pages', hourly: true });
  void clicky.stats({ type: 'visitors', hourly: true });
  // @ts-expect-error limit does not apply to a tally
  void clicky.stats({ type: 'visitors', limit: 5 });
  // @ts-expect-error country filters visitors-list and segmentation only
  void clicky.stats({ type: 'pages', country: 'us' });
  void clicky.stats({ type: ['pages', 'visitors-list'], country: 'us' });
  // @ts-expect-error segments are segmentation's
  void clicky.stats({ type: 'pages', segments: ['countries'] });
  // @ts-expect-error visitor-details is visitors-list's
  void clicky.stats({ type: 'pages', 'visitor-details': ['web_browser'] });
  // @ts-expect-error segmentation needs its segments
  void clicky.stats({ type: 'segmentation' });
  // @ts-expect-error a request names its types, or an alert_id
  void clicky.stats({ date: 'today' });
  // @ts-expect-error a request names its types, or an alert_id
  void clicky.stats({});
  // @ts-expect-error the credentials belong to the client
  void clicky.stats({ type: 'pages', site_id: 2 });
  void clicky.stats({ type: 'visitors-list', limit: 'all', time_offset: 3600 });
  // @ts-expect-error 'all' is the only word limit takes
  void clicky.stats({ type: 'visitors-list', limit: 'none' });
  // @ts-expect-error a segment that does not exist
  void clicky.stats({ type: 'segmentation', segments: ['countrys'] });
  // @ts-expect-error prepare() is as precise
  clicky.prepare({ type: 'pages', hourly: true });
  // A request built at run time (its types unknown to the compiler) takes any parameter: validation checks it.
  const dynamic: StatsRequest = { type: 'pages', limit: 5 };
  void clicky.stats(dynamic);

  const seg = await clicky.stats({ type: 'segmentation', segments: ['summary', 'countries'], country: 'us' });
  expectTypeOf<keyof typeof seg>().toEqualTypeOf<'summary' | 'countries'>();
  expectTypeOf(seg.summary[0]!.items[0]!).toEqualTypeOf<Lenient<SegmentSummaryItem>>();
  const segStrict = await strict.stats({ type: 'segmentation', segments: ['summary'] });
  expectTypeOf(segStrict.summary[0]!.items[0]!).toEqualTypeOf<SegmentSummaryItem>();
  // @ts-expect-error segmentation is keyed by its segments
  void seg.segmentation;

  // @ts-expect-error a request needs a type or an alert_id
  void clicky.stats({ date: 'today' });
  // @ts-expect-error a request needs a type or an alert_id
  void clicky.prepare({ limit: 5 });
  // @ts-expect-error a misspelt parameter beside an alert_id
  void clicky.stats({ alert_id: 1, limt: 3 });
  const asked = await clicky.stats({ type: 'pages', alert_id: 5 });
  expectTypeOf<keyof typeof asked>().toEqualTypeOf<'pages'>();
  const alert = await clicky.stats({ alert_id: 123 });
  expectTypeOf(alert['visitors-list']).toEqualTypeOf<DateGroup<Lenient<VisitorsListItem>>[]>();
  expectTypeOf((await strict.stats({ alert_id: 123 }))['visitors-list']).toEqualTypeOf<DateGroup<VisitorsListItem>[]>();

  expectTypeOf(await clicky.pages({ limit: 5 })).toEqualTypeOf<DateGroup<Lenient<PopularItem>>[]>();
  expectTypeOf((await clicky.pages())[0]!.items[0]!.value).toEqualTypeOf<number | undefined>();
  expectTypeOf(await strict.pages({ limit: 5 })).toEqualTypeOf<DateGroup<PopularItem>[]>();
  expectTypeOf((await strict.pages())[0]!.items[0]!.value).toEqualTypeOf<number>();
  // Nested objects are lenient too: a visitor's first visit may lack its required fields.
  const firstVisit = (await clicky.visitorsList())[0]!.items[0]!.first_visit;
  expectTypeOf(firstVisit).toEqualTypeOf<Lenient<FirstVisit> | undefined>();
  // Items stay plain records, for code that takes rows of any shape.
  const rows: Record<string, unknown>[] = (await clicky.visitorsList())[0]!.items;
  void rows;
  const strictRows: Record<string, unknown>[] = (await strict.visitorsList())[0]!.items;
  void strictRows;
  expectTypeOf(await clicky.visitors({ hourly: true })).toEqualTypeOf<DateGroup<Lenient<TallyItem>>[]>();
  expectTypeOf(await strict.visitors({ hourly: true })).toEqualTypeOf<DateGroup<TallyItem>[]>();
  expectTypeOf(await clicky.visitorsList({ country: 'us' })).toEqualTypeOf<DateGroup<Lenient<VisitorsListItem>>[]>();
  expectTypeOf(await strict.visitorsList({ country: 'us' })).toEqualTypeOf<DateGroup<VisitorsListItem>[]>();
  // @ts-expect-error limit does not apply to a tally
  void clicky.visitors({ limit: 5 });
  // @ts-expect-error country filters visitors-list and segmentation only
  void clicky.pages({ country: 'us' });
  // @ts-expect-error segmentation needs its segments
  void clicky.segmentation({ country: 'us' });
  const segments = await clicky.segmentation({ segments: ['web-browsers'] });
  expectTypeOf<keyof typeof segments>().toEqualTypeOf<'web-browsers'>();
  expectTypeOf(segments['web-browsers'][0]!.items[0]!.value).toEqualTypeOf<number | undefined>();
  const strictSegments = await strict.segmentation({ segments: ['web-browsers'] });
  expectTypeOf(strictSegments['web-browsers'][0]!.items[0]!.value).toEqualTypeOf<number>();

  const full = await clicky.stats({ type: 'pages' }).withResponse();
  expectTypeOf(full).toEqualTypeOf<ClickyResponse<{ pages: DateGroup<Lenient<PopularItem>>[] }>>();
  const fullStrict = await strict.stats({ type: 'pages' }).withResponse();
  expectTypeOf(fullStrict).toEqualTypeOf<ClickyResponse<{ pages: DateGroup<PopularItem>[] }>>();

  // @ts-expect-error paginate gives items without their day
  void clicky.paginate('pages', { daily: true });
  expectTypeOf(await clicky.paginate('pages').toArray()).toEqualTypeOf<Lenient<PopularItem>[]>();
  expectTypeOf(await strict.paginate('pages').toArray()).toEqualTypeOf<PopularItem[]>();

  // visitor-details: items hold only the fields picked, each maybe absent (even time and session_id).
  const picked = (await clicky.visitorsList({ 'visitor-details': ['ip_address', 'web_browser'] }))[0]!.items[0]!;
  expectTypeOf(picked).toEqualTypeOf<Partial<Pick<VisitorsListItem, 'ip_address' | 'web_browser'>>>();
  // @ts-expect-error not picked
  void picked.time;
  const pickedStrict = (await strict.visitorsList({ 'visitor-details': ['ip_address'] }))[0]!.items[0]!;
  expectTypeOf(pickedStrict).toEqualTypeOf<Partial<Pick<VisitorsListItem, 'ip_address'>>>();
  expectTypeOf((await clicky.visitorsList({ limit: 3 }))[0]!.items[0]!).toEqualTypeOf<Lenient<VisitorsListItem>>();
  expectTypeOf((await strict.visitorsList({ limit: 3 }))[0]!.items[0]!).toEqualTypeOf<VisitorsListItem>();
  for await (const v of clicky.paginate('visitors-list', { 'visitor-details': 'time' })) {
    expectTypeOf(v).toEqualTypeOf<{ time?: number }>();
  }
  // @ts-expect-error not a visitors-list field
  void clicky.visitorsList({ 'visitor-details': ['web-browsers'] });
  for await (const v of clicky.paginate('visitors-list', { date: '2024-01-01,2024-12-31' })) {
    expectTypeOf(v.time).toEqualTypeOf<number | undefined>();
    expectTypeOf(v).toEqualTypeOf<Lenient<VisitorsListItem>>();
  }
  for await (const v of strict.paginate('visitors-list', { date: '2024-01-01,2024-12-31' })) {
    expectTypeOf(v.time).toEqualTypeOf<number>();
    expectTypeOf(v).toEqualTypeOf<VisitorsListItem>();
  }
  for await (const page of strict.paginate('pages').pages()) expectTypeOf(page.items[0]!.value).toEqualTypeOf<number>();
  for await (const page of clicky.paginate('pages').pages())
    expectTypeOf(page.items[0]!.value).toEqualTypeOf<number | undefined>();
  for await (const page of clicky.paginate('actions-list').pages()) expectTypeOf(page.page).toEqualTypeOf<number>();
  // @ts-expect-error paginate sets limit and page itself
  clicky.paginate('visitors-list', { limit: 10 });
  // @ts-expect-error a tally has no pages
  clicky.paginate('visitors');
  // @ts-expect-error country filters visitors-list and segmentation only
  clicky.paginate('pages', { country: 'us' });
  // @ts-expect-error the credentials belong to the client
  clicky.paginate('visitors-list', { sitekey: 'abcdefabcdef12' });
  clicky.paginate('visitors-list', { country: 'us', 'visitor-details': ['time', 'web_browser'] });

  // @ts-expect-error prepareRequest is typed too
  prepareRequest({ site_id: 1, sitekey: 'abcdefabcdef12', type: 'pages', limt: 3 });
}

describe('the client types', () => {
  it('compile as written (checked by tsc)', () => {
    expectTypeOf(contract).toBeFunction();
  });
});
