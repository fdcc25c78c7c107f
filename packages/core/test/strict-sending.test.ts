// What is validated is what is sent: no trimming, no years the calendar code cannot write, no holes in lists,
// and alert IDs read only from the path of an alert URL.
import { describe, expect, it } from 'vitest';
import {
  ClickyParamError,
  type ParamProblem,
  parseAlertId,
  parseDateExpression,
  prepareRequest,
  resolveDateExpression,
  splitDateRange,
  validateRequest,
} from '../src/index.ts';

const base = { site_id: 32020, sitekey: 'f00dfacecafe1234' };
const opts = { today: '2024-10-29' };

function problemsOf(params: Record<string, unknown>): ParamProblem[] {
  try {
    validateRequest({ ...base, ...params }, opts);
  } catch (e) {
    if (e instanceof ClickyParamError) return [...e.problems];
    throw e;
  }
  return [];
}

describe('dates are validated as they are sent', () => {
  it.each(['today\n', ' 2024-01-01 ', '\u00a02024-01-01', '\ufefftoday', 'last-7-days\t'])(
    'refuses %j instead of trimming it',
    (date) => {
      expect(problemsOf({ type: 'visitors', date }).map((p) => [p.param, p.rule])).toEqual([['date', 'date']]);
    },
  );

  it.each(['0999', '0999-12', '0999-12-31', '0000-01-01', '0999-12-31,2024-01-01'])(
    'refuses a year before 1000 (%s): the API keeps no such data and the range could not be written back',
    (date) => {
      expect(() => parseDateExpression(date)).toThrow(/year/);
      expect(problemsOf({ type: 'visitors', date }).map((p) => p.rule)).toEqual(['date']);
    },
  );

  it('resolves the first accepted year exactly', () => {
    expect(resolveDateExpression('1000', '2024-10-29')).toEqual({ start: '1000-01-01', end: '1000-12-31' });
  });
});

describe('values of the wrong type get a clear error, not a crash', () => {
  it.each([undefined, null, 5, {}, Symbol.iterator])('date and alert helpers given %s', (v) => {
    expect(() => parseDateExpression(v as never)).toThrow(ClickyParamError);
    if (typeof v !== 'number') expect(() => parseAlertId(v as never)).toThrow(ClickyParamError);
    expect(() => resolveDateExpression('today', v as never)).toThrow(ClickyParamError);
    expect(() => splitDateRange(v as never, 7)).toThrow(ClickyParamError);
    if (typeof v !== 'number')
      expect(() => splitDateRange({ start: '2024-01-01', end: '2024-01-02' }, v as never)).toThrow(ClickyParamError);
  });
});

describe('lists with holes', () => {
  it('refuses a sparse type list with ClickyParamError, not a TypeError', () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the input under test
    const sparse = ['pages', , 'visitors'];
    expect(problemsOf({ type: sparse }).map((p) => [p.param, p.rule])).toEqual([['type', 'kind']]);
    expect(() => prepareRequest({ ...base, type: sparse as never }, opts)).toThrow(ClickyParamError);
  });
});

describe('parseAlertId reads the path only', () => {
  it.each([
    ['https://clicky.com/a/123?sitekey=f00dfacecafe1239', 123],
    ['https://clicky.com/a/123#frag9', 123],
    ['https://clicky.com/a/77?x=1#y=2', 77],
  ])('%s -> %d', (url, id) => {
    expect(parseAlertId(url)).toBe(id);
  });

  it('refuses a URL whose only digits are in its query', () => {
    expect(() => parseAlertId('https://clicky.com/a/?id=9')).toThrow(ClickyParamError);
  });
});
