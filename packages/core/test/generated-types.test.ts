// The generated types: checked by the compiler (`pnpm typecheck`) and by vitest's expectTypeOf, plus the
// runtime tables they come with.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  DATA_TYPE_NAMES,
  DATA_TYPES,
  type DataType,
  type DateGroup,
  type HourlyType,
  LIMITS,
  PARAMETERS,
  PLANS,
  type PopularItem,
  type RestrictedType,
  SEGMENT_NAMES,
  type StatsParams,
  type StatsRequest,
  type StatsResult,
  type TallyItem,
  type TypeMap,
  type VisitorsListItem,
} from '../src/index.ts';

describe('generated types', () => {
  it('types a multi-type result with exactly the requested keys', () => {
    type R = StatsResult<'visitors' | 'pages'>;
    expectTypeOf<keyof R>().toEqualTypeOf<'visitors' | 'pages'>();
    expectTypeOf<R['visitors']>().toEqualTypeOf<DateGroup<TallyItem>[]>();
    expectTypeOf<R['pages'][number]['items'][number]['title']>().toEqualTypeOf<string>();
    expectTypeOf<R['visitors'][number]['items'][number]['value']>().toEqualTypeOf<number>();
    const r = {} as R;
    // @ts-expect-error countries was not requested
    void r.countries;
  });

  it('keys a segmentation result by its segments', () => {
    type R = StatsResult<'segmentation', 'visitors' | 'summary' | 'web-browsers'>;
    expectTypeOf<keyof R>().toEqualTypeOf<'visitors' | 'summary' | 'web-browsers'>();
    expectTypeOf<R['summary'][number]['items'][number]>().toHaveProperty('title');
  });

  it('types visitors-list items with numbers, booleans, nested objects and custom data', () => {
    expectTypeOf<VisitorsListItem['time']>().toEqualTypeOf<number>();
    expectTypeOf<VisitorsListItem['javascript']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<NonNullable<VisitorsListItem['first_visit']>['session_id']>().toEqualTypeOf<number>();
    expectTypeOf<NonNullable<VisitorsListItem['custom']>[string]>().toEqualTypeOf<string | string[]>();
    // Both wire spellings (goals_completed, completed) decode to `completed`.
    expectTypeOf<NonNullable<VisitorsListItem['goals']>['completed']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<NonNullable<VisitorsListItem['goals']>['incompleted']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<NonNullable<VisitorsListItem['goals']>>().not.toHaveProperty('goals_completed');
    expectTypeOf<VisitorsListItem>().toHaveProperty('uid');
    expectTypeOf<VisitorsListItem>().toHaveProperty('country_code');
    expectTypeOf<TypeMap['pages']>().toEqualTypeOf<PopularItem>();
  });

  it('types parameters by their kind', () => {
    expectTypeOf<StatsParams['limit']>().toEqualTypeOf<number | 'all' | undefined>();
    expectTypeOf<StatsParams['output']>().toEqualTypeOf<'xml' | 'php' | 'json' | 'csv' | undefined>();
    expectTypeOf<StatsParams['daily']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<StatsParams['custom']>().toEqualTypeOf<Readonly<Record<string, string>> | undefined>();
    expectTypeOf<StatsParams<'pages'>['type']>().toEqualTypeOf<'pages' | readonly 'pages'[] | undefined>();
    expectTypeOf<StatsParams['site_id']>().toEqualTypeOf<number>();
    expectTypeOf<StatsRequest>().not.toHaveProperty('sitekey');
    expectTypeOf<StatsRequest>().toHaveProperty('visitor-details');
    expectTypeOf<HourlyType>().toEqualTypeOf<
      'visitors' | 'actions' | 'actions-pageviews' | 'actions-downloads' | 'actions-outbounds' | 'actions-clicks'
    >();
    expectTypeOf<RestrictedType>().toEqualTypeOf<'visitors-list' | 'actions-list' | 'segmentation'>();
  });
});

describe('generated tables', () => {
  it('list every data type with a category and item shape', () => {
    expect(DATA_TYPE_NAMES).toHaveLength(56);
    for (const name of DATA_TYPE_NAMES) {
      expect(DATA_TYPES[name].item, name).toMatch(/Item$/);
      expect(['tally', 'popular', 'chronological', 'segmentation']).toContain(DATA_TYPES[name].category);
    }
    expectTypeOf(DATA_TYPE_NAMES).toEqualTypeOf<readonly DataType[]>();
  });

  it('say which plan a type needs, and which placements are guesses', () => {
    const onPlan = DATA_TYPE_NAMES.filter((t) => DATA_TYPES[t].plan !== undefined).map((t) => [
      t,
      DATA_TYPES[t].plan,
      DATA_TYPES[t].planEvidence,
    ]);
    expect(onPlan).toEqual([
      ['goals', 'pro', undefined],
      ['hostnames', 'premium', undefined],
      ['organizations', 'premium', undefined],
      ['campaigns', 'pro', undefined],
      ['split-tests', 'premium', 'weak'],
      ['uptime', 'premium', 'weak'],
      ['uptime-list', 'premium', 'weak'],
    ]);
    // A type every plan answers carries no plan key at all.
    expect(Object.keys(DATA_TYPES['web-browsers'])).not.toContain('plan');
  });

  it('mark visitors and the counts of actions hourly, and no average', () => {
    expect(DATA_TYPE_NAMES.filter((t) => DATA_TYPES[t].hourly)).toEqual([
      'visitors',
      'actions',
      'actions-pageviews',
      'actions-downloads',
      'actions-outbounds',
      'actions-clicks',
    ]);
    expect(DATA_TYPES['actions-average'].hourly).toBe(false);
  });

  it('describe every parameter of the reference with its applicability', () => {
    const names = PARAMETERS.map((p) => p.name);
    for (const required of [
      'site_id',
      'sitekey',
      'type',
      'alert_id',
      'output',
      'limit',
      'page',
      'date',
      'daily',
      'hourly',
      'trends',
      'item',
      'heatmap_url',
      'visitor-details',
      'time_offset',
      'segments',
      'ip_address',
      'uid',
      'new_visitors',
      'returning_visitors',
      'online',
      'heatmap',
      'actions',
      'time',
      'href',
      'landing',
      'exit',
      'search',
      'search-local',
      'domain',
      'link',
      'browser',
      'os',
      'resolution',
      'country',
      'city',
      'language',
      'hostname',
      'org',
      'source',
      'shorturl',
      'custom',
      'goal',
      'campaign',
      'split',
      'session_id',
      'action_type',
      'custom_keys_multi_values',
      'video_meta',
      'filter',
      'json_callback',
      'json_var',
      'null_values',
      'app',
    ]) {
      expect(names, required).toContain(required);
    }
    expect(new Set(names).size).toBe(names.length);
    const byName = Object.fromEntries(PARAMETERS.map((p) => [p.name, p]));
    expect(byName.video_meta?.appliesTo).toEqual(['video']);
    expect(byName.time_offset?.appliesTo).toEqual(['visitors-list', 'actions-list']);
    expect(byName.sitekey?.pattern).toBe('^[A-Za-z0-9]{12,16}$');
    expect(byName.sitekey?.secret).toBe(true);
    expect(byName.app?.maxLength).toBe(128);
    expect(byName.limit).toMatchObject({ kind: 'limit', min: 1, max: 1000, default: 50 });
    expect(byName.json_callback?.requires).toEqual({ output: 'json' });
    expect(byName['visitor-details']?.values).toContain('web_browser');
    expect(SEGMENT_NAMES).toContain('summary');
    expect(SEGMENT_NAMES).not.toContain('visitors-list');
  });

  it('say in the spec itself that alert_id implies type=visitors-list, and what time_offset overrides', () => {
    const byName = Object.fromEntries(PARAMETERS.map((p) => [p.name, p]));
    expect(byName.alert_id?.implies).toEqual({ type: 'visitors-list' });
    expect(byName.type?.rules).toEqual(['required-unless-implied']);
    expect(byName.time_offset?.overrides).toEqual(['date']);
    expect(byName.limit?.rules).toEqual(['plan-limit']);
    expect(byName.date?.rules).toEqual(['restricted-range']);
  });

  it('carry the API limits and plan caps', () => {
    expect(LIMITS).toMatchObject({
      limitAllCap: 5000,
      restrictedMaxRangeDays: 31,
      restrictedMaxLimit: 1000,
      timeOffsetMaxSeconds: 86400,
    });
    expect(PLANS.free).toEqual({ historyDays: 30, maxResults: 100, maxRangeDays: 31 });
    expect(PLANS.pro.maxRangeDays).toBe(366);
  });
});
