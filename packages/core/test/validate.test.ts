// Every parameter rule of the reference, each with a case that fails if the rule is removed.
import { describe, expect, it } from 'vitest';
import { ClickyParamError, type ParamProblem, type ValidationOptions, validateRequest } from '../src/index.ts';

const SITEKEY = 'f00dfacecafe1234';
const base = { site_id: 32020, sitekey: SITEKEY };
const opts: ValidationOptions = { today: '2024-10-29' };

function problemsOf(params: Record<string, unknown>, options: ValidationOptions = opts): ParamProblem[] {
  try {
    validateRequest({ ...base, ...params }, options);
  } catch (e) {
    expect(e).toBeInstanceOf(ClickyParamError);
    return [...(e as ClickyParamError).problems];
  }
  return [];
}

type Case = [string, Record<string, unknown>, string, string, (RegExp | undefined)?, ValidationOptions?];

const rejected: Case[] = [
  // [what, params, param, rule, message]
  ['an unknown parameter, with a suggestion', { type: 'visitors', limt: 5 }, 'limt', 'unknown', /did you mean limit\?/],
  ['a string where an integer goes', { type: 'pages', limit: '50' }, 'limit', 'kind', /whole number or 'all'/],
  ['a fractional site_id', { site_id: 1.5, type: 'pages' }, 'site_id', 'kind'],
  ['a number where a boolean goes', { type: 'visitors', daily: 1 }, 'daily', 'kind', /true or false/],
  ['limit 0', { type: 'visitors-list', limit: 0 }, 'limit', 'range', /between 1 and 1000/],
  ['limit 1001 on visitors-list', { type: 'visitors-list', limit: 1001 }, 'limit', 'range'],
  ['page 0', { type: 'pages', page: 0 }, 'page', 'minimum', /at least 1/],
  [
    'video_meta without video',
    { type: 'pages', video_meta: true },
    'video_meta',
    'not-applicable',
    /applies only to video/,
  ],
  ['segments without segmentation', { type: 'visitors', segments: ['visitors'] }, 'segments', 'not-applicable'],
  [
    'time_offset on pages',
    { type: 'pages', time_offset: 60 },
    'time_offset',
    'not-applicable',
    /visitors-list, actions-list/,
  ],
  [
    'visitor-details on a tally',
    { type: 'visitors', 'visitor-details': ['ip_address'] },
    'visitor-details',
    'not-applicable',
  ],
  ['heatmap_url on countries', { type: 'countries', heatmap_url: true }, 'heatmap_url', 'not-applicable'],
  ['a visitors-list filter on pages', { type: 'pages', country: 'us' }, 'country', 'not-applicable'],
  ['filter on a tally', { type: 'visitors', filter: 'x' }, 'filter', 'not-applicable'],
  ['action_type on visitors-list', { type: 'visitors-list', action_type: 'download' }, 'action_type', 'not-applicable'],
  ['item with two types', { type: ['pages', 'searches'], item: 'cookie' }, 'item', 'single-type', /one type only/],
  [
    'hourly with a type without hourly data',
    { type: ['visitors', 'pages'], hourly: true },
    'hourly',
    'all-types-hourly',
    /not for pages/,
  ],
  [
    'hourly average actions (an average keeps no hours)',
    { type: ['actions-pageviews', 'actions-average'], hourly: true },
    'hourly',
    'all-types-hourly',
    /not for actions-average/,
  ],
  ['goal=* on a popular type alone', { type: 'goals', goal: '*' }, 'goal', 'not-applicable'],
  [
    'a restricted type over 31 days',
    { type: 'visitors-list', date: '2024-01-01,2024-03-01' },
    'date',
    'restricted-range',
    /^spans 61 days; visitors-list allows at most 31 a request \(a client's paginate\(\) reads longer ranges in 31-day windows; splitDateRange splits one\)$/,
  ],
  [
    'two restricted types over 31 days',
    { type: ['visitors-list', 'actions-list'], date: '2024-01-01,2024-03-01' },
    'date',
    'restricted-range',
    /^spans 61 days; visitors-list, actions-list allow at most 31 a request/,
  ],
  [
    'segmentation over 31 days',
    { type: 'segmentation', segments: ['visitors'], date: 'last-32-days' },
    'date',
    'restricted-range',
  ],
  [
    'a range over the premium plan',
    { type: 'pages', date: '2024' },
    'date',
    'plan-range',
    /366 days; the premium plan allows at most 31/,
  ],
  [
    'a range over the pro plan',
    { type: 'pages', date: '2023-01-01,2024-01-02' },
    'date',
    'plan-range',
    /pro plan/,
    { ...opts, plan: 'pro' },
  ],
  [
    'history older than the free plan keeps',
    { type: 'visitors', date: '40-days-ago' },
    'date',
    'plan-history',
    /from 2024-09-30/,
    { ...opts, plan: 'free' },
  ],
  [
    'more results than the free plan answers',
    { type: 'pages', limit: 500 },
    'limit',
    'plan-results',
    /at most 100/,
    { ...opts, plan: 'free' },
  ],
  [
    "limit 'all' on the free plan",
    { type: 'pages', limit: 'all' },
    'limit',
    'plan-results',
    undefined,
    { ...opts, plan: 'free' },
  ],
  ['a short sitekey', { sitekey: 'abc', type: 'visitors' }, 'sitekey', 'pattern', /12-16 letters and digits/],
  ['a sitekey with symbols', { sitekey: 'abcdefgh-ijkl', type: 'visitors' }, 'sitekey', 'pattern'],
  [
    'json_callback with a dash',
    { type: 'visitors', output: 'json', json_callback: 'my-cb' },
    'json_callback',
    'pattern',
  ],
  ['json_var with a space', { type: 'visitors', output: 'json', json_var: 'my var' }, 'json_var', 'pattern'],
  [
    'json_callback without output=json',
    { type: 'visitors', json_callback: 'cb' },
    'json_callback',
    'requires',
    /needs output=json \(output is xml\)/,
  ],
  [
    'app over 128 characters',
    { type: 'visitors', app: 'x'.repeat(129) },
    'app',
    'max-length',
    /at most 128 characters \(got 129\)/,
  ],
  ['time_offset over 86400', { type: 'visitors-list', time_offset: 86401 }, 'time_offset', 'maximum', /at most 86400/],
  ['an ip_address that is not an address', { type: 'visitors-list', ip_address: 'a.b.c.d' }, 'ip_address', 'ip-filter'],
  [
    'an ip_address octet over 255',
    { type: 'visitors-list', ip_address: '65.0.0.0,85.0.0.0|300.1.1.1' },
    'ip_address',
    'ip-filter',
    /"300\.1\.1\.1"/,
  ],
  [
    'an IPv4 range that ends before it starts',
    { type: 'visitors-list', ip_address: '85.0.0.0,65.0.0.0' },
    'ip_address',
    'ip-filter',
    /ends before/,
  ],
  ['an IPv6 range', { type: 'visitors-list', ip_address: '::1,::2' }, 'ip_address', 'ip-filter', /one IPv6 address/],
  [
    'an IPv4 range of three',
    { type: 'visitors-list', ip_address: '1.1.1.1,2.2.2.2,3.3.3.3' },
    'ip_address',
    'ip-filter',
  ],
  ['actions with a trailing comparison', { type: 'visitors-list', actions: '5>' }, 'actions', 'comparison'],
  ['time as a backwards range', { type: 'visitors-list', time: '120,60' }, 'time', 'comparison', /ends before/],
  ['an empty custom map', { type: 'visitors-list', custom: {} }, 'custom', 'min-items'],
  ['a custom key with brackets', { type: 'visitors-list', custom: { 'a]': 'x' } }, 'custom', 'key'],
  ['a custom value that is not a string', { type: 'visitors-list', custom: { username: 5 } }, 'custom', 'kind'],
  ['custom as a string', { type: 'visitors-list', custom: 'username=billy' }, 'custom', 'kind'],
  ['no type and no alert_id', {}, 'type', 'required', /unless alert_id/],
  ['segmentation without segments', { type: 'segmentation' }, 'segments', 'required', /with type segmentation/],
  ['an unknown type', { type: ['visitors', 'visitor'] }, 'type', 'enum', /"visitor"/],
  ['a type named twice', { type: ['pages', 'pages'] }, 'type', 'duplicate'],
  ['an empty type list', { type: [] }, 'type', 'min-items'],
  ['an unknown output', { type: 'visitors', output: 'yaml' }, 'output', 'enum', /xml, php, json, csv/],
  ['an impossible date', { type: 'visitors', date: '2023-02-29' }, 'date', 'date', /not a calendar date/],
  [
    'a range ending before it starts',
    { type: 'visitors', date: '2024-10-05,2024-10-01' },
    'date',
    'date',
    /end is before the start/,
  ],
  ['an action_type the filter does not take', { type: 'actions-list', action_type: 'click' }, 'action_type', 'enum'],
  [
    'a visitor-details name in the plural',
    { type: 'visitors-list', 'visitor-details': ['web-browsers'] },
    'visitor-details',
    'enum',
  ],
  ['a segment that is a list type', { type: 'segmentation', segments: ['visitors-list'] }, 'segments', 'enum'],
  ['a lone ! filter', { type: 'pages', filter: '!' }, 'filter', 'negatable'],
  ['an empty item', { type: 'pages', item: '' }, 'item', 'min-length', /must not be empty/],
  ['a missing site_id', { site_id: undefined, type: 'visitors' }, 'site_id', 'required'],
  ['a missing sitekey', { sitekey: undefined, type: 'visitors' }, 'sitekey', 'required'],
  ['session_id 0', { type: 'actions-list', session_id: 0 }, 'session_id', 'minimum'],
  ['alert_id as a URL string', { alert_id: 'https://clicky.com/a/1' }, 'alert_id', 'kind'],
];

describe('each rule rejects what it should, naming the parameter and the rule', () => {
  it.each(rejected)('%s', (_what, params, param, rule, message, options) => {
    const problems = problemsOf(params, options ?? opts);
    expect(
      problems.map((p) => [p.param, p.rule]),
      JSON.stringify(problems),
    ).toContainEqual([param, rule]);
    const hit = problems.find((p) => p.param === param && p.rule === rule);
    if (message) expect(hit?.message).toMatch(message);
  });
});

const accepted: [string, Record<string, unknown>, ValidationOptions?][] = [
  ['a plain tally', { type: 'visitors' }],
  ['several types with daily and a relative range', { type: ['visitors', 'pages'], date: 'last-7-days', daily: true }],
  ["limit 'all' on a popular type", { type: 'pages', limit: 'all' }],
  // The reference itself recommends type=visitors-list&time_offset=3600&limit=all; the API caps it at 1,000.
  ["limit 'all' on a restricted type", { type: 'visitors-list', time_offset: 3600, limit: 'all' }],
  ['hourly visitors and actions', { type: ['visitors', 'actions'], hourly: true, date: 'last-7-days' }],
  // A WordPress client (deconf/Clicky-Analytics-for-WP tools/capi.php) asks this and charts the hours.
  ['hourly page views', { type: 'actions-pageviews', hourly: true, date: '2024-10-29' }],
  [
    'hourly counts of every kind of action',
    { type: ['actions-downloads', 'actions-outbounds', 'actions-clicks'], hourly: true },
  ],
  // The goal notifications of a browser extension (cnanney/clicky-monitor javascript/background.js).
  [
    'goal=* with time_offset beside other types',
    { type: ['visitors-online', 'goals', 'visitors-list'], goal: '*', time_offset: 600, date: 'today' },
  ],
  ['goal=* on segmentation', { type: 'segmentation', segments: ['visitors'], goal: '*' }],
  ['item on one popular type', { type: 'links-domains', item: 'google.com', daily: true }],
  ['an alert id without type', { alert_id: 123, output: 'json' }],
  ['segmentation with summary', { type: 'segmentation', segments: ['summary', 'web-browsers'], domain: 'google.com' }],
  ['a 31-day restricted range', { type: 'visitors-list', date: '2024-10-01,2024-10-31' }],
  ['a year of pages on the pro plan', { type: 'pages', date: '2023' }, { ...opts, plan: 'pro' }],
  ['time_offset makes a long date irrelevant', { type: 'visitors-list', time_offset: 3600, date: '2024' }],
  [
    'every visitors-list filter at once',
    {
      type: 'visitors-list',
      ip_address: '65.0.0.0,85.0.0.0|32.12.220.89|150.0.0.0,155.0.0.0',
      online: true,
      returning_visitors: true,
      new_visitors: false,
      heatmap: true,
      actions: '>5',
      time: '60,120',
      href: '/contact.php',
      landing: '/',
      exit: '/bye',
      search: 'cookie',
      'search-local': 'tea',
      domain: 'google.com',
      link: 'https://x.example/',
      browser: 'firefox 3.5',
      os: 'windows',
      resolution: '1024x768',
      country: 'us',
      city: 'portland',
      language: 'en',
      hostname: 'comcast.net',
      org: 'Comcast',
      source: 'search',
      shorturl: 'https://sho.rt/x',
      custom: { username: 'billy', email: 'billy@example.com' },
      goal: 'Signup',
      campaign: 'fall',
      split: 'B',
      session_id: 123,
      'visitor-details': ['ip_address', 'session_id', 'web_browser'],
      custom_keys_multi_values: true,
      null_values: true,
      app: 'my-dashboard',
      uid: '1313781915',
    },
  ],
  ['an IPv6 address', { type: 'visitors-list', ip_address: '2001:db8::ff00:42:8329' }],
  ['an IPv4-mapped IPv6 address', { type: 'visitors-list', ip_address: '::ffff:192.0.2.128' }],
  ['actions as a number', { type: 'visitors-list', actions: 5 }],
  ['a negative filter', { type: 'searches', filter: '!portland' }],
  ['JSONP with output=json', { type: 'searches', output: 'json', json_callback: 'my.callback_1' }],
  [
    'actions-list filters',
    {
      type: 'actions-list',
      session_id: 123,
      action_type: 'download',
      href: '/x.pdf',
      ip_address: '1.2.3.4',
      uid: '42',
    },
  ],
  ['the free plan within its caps', { type: 'pages', date: 'last-30-days', limit: 100 }, { ...opts, plan: 'free' }],
];

describe('valid requests pass', () => {
  it.each(accepted)('%s', (_what, params, options) => {
    expect(problemsOf(params, options ?? opts)).toEqual([]);
  });

  it('normalises and orders parameters, and resolves the range', () => {
    const valid = validateRequest(
      { ...base, date: 'last-7-days', daily: true, type: 'pages', custom: undefined },
      opts,
    );
    expect(valid.params.map(([name]) => name)).toEqual(['site_id', 'sitekey', 'type', 'date', 'daily']);
    expect(valid.params.find(([name]) => name === 'type')?.[1]).toEqual(['pages']);
    expect(valid.types).toEqual(['pages']);
    expect(valid.range).toEqual({ start: '2024-10-23', end: '2024-10-29' });
    expect(valid.output).toBe('xml');
  });

  it('treats an alert_id request as visitors-list', () => {
    expect(validateRequest({ ...base, alert_id: 7 }, opts).types).toEqual(['visitors-list']);
  });
});

describe('problems are collected and secrets kept out', () => {
  it('reports every problem of a request in one error', () => {
    const problems = problemsOf({ type: ['pages', 'nope'], limit: 0, page: -1, daily: 'yes', app: 'x'.repeat(200) });
    expect(problems.map((p) => p.param).sort()).toEqual(['app', 'daily', 'limit', 'page', 'type']);
  });

  it('never shows the sitekey, even when it is the broken parameter', () => {
    const badKey = 'bad-key-!!-secretvalue';
    let error: ClickyParamError | undefined;
    try {
      validateRequest({ site_id: 1, sitekey: badKey, type: 'visitors', limit: 0 }, opts);
    } catch (e) {
      error = e as ClickyParamError;
    }
    expect(error).toBeInstanceOf(ClickyParamError);
    const everything = `${error?.message}\n${JSON.stringify(error)}\n${JSON.stringify(error?.problems)}\n${error?.stack}`;
    expect(everything).not.toContain(badKey);
    expect(everything).not.toContain('secretvalue');
    expect(error?.problems.find((p) => p.param === 'sitekey')?.value).toBeUndefined();
  });

  it('reports a bad plan or today in the options', () => {
    expect(problemsOf({ type: 'visitors' }, { plan: 'gold' as never, today: '2024-10-29' })[0]?.param).toBe(
      '(options.plan)',
    );
    expect(problemsOf({ type: 'visitors' }, { today: '2024-02-30' })[0]?.param).toBe('(options.today)');
  });

  it('refuses a request that is not a plain object', () => {
    expect(() => validateRequest(null as never)).toThrow(ClickyParamError);
    expect(() => validateRequest(['type'] as never)).toThrow(ClickyParamError);
  });
});
