// Nothing the SDK returns or throws carries the sitekey: every error path, thrown with a random sitekey placed
// wherever a caller or a server might put it, is searched through every own property, deeply, causes included.
import { inspect } from 'node:util';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ClickyAbortError,
  ClickyApiError,
  ClickyDecodeError,
  ClickyHttpError,
  ClickyNetworkError,
  ClickyParamError,
  ClickyTimeoutError,
  prepareRequest,
  redact,
  validateRequest,
} from '../src/index.ts';
import { reachableStrings } from './reachable-strings.ts';

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
};

const sitekeyArb = fc.stringMatching(/^[A-Za-z0-9]{12,16}$/);
const today = { today: '2024-10-29' };

/** Every way a sitekey reaches an error: as the key, misplaced in another parameter, in URLs and bodies. */
function errorsCarrying(key: string): unknown[] {
  const url = `https://api.clicky.com/api/stats/4?site_id=1&sitekey=${key}&type=visitors`;
  const otherRealm = runInNewContext(`new TypeError('fetch failed for ' + url)`, { url });
  const cause = { request: { url, headers: { sitekey: key } }, at: new URL(url) };
  return [
    thrown(() => validateRequest({ site_id: 1, sitekey: key, type: 'visitors', limit: 0 }, today)),
    thrown(() => validateRequest({ site_id: key, sitekey: key, type: 'visitors' }, today)),
    thrown(() => validateRequest({ site_id: 1, sitekey: `${key}!`, type: 'visitors' }, today)),
    thrown(() => validateRequest({ site_id: 1, sitekey: key, type: [key] }, today)),
    thrown(() => validateRequest({ site_id: 1, sitekey: key, type: 'visitors', [key]: 1 }, today)),
    thrown(() => validateRequest({ site_id: 1, sitekey: key, type: 'visitors-list', uid: key, limit: 'x' }, today)),
    thrown(() => validateRequest({ site_id: 1, sitekey: key, type: 'visitors', date: key }, today)),
    thrown(() => validateRequest({ site_id: 1, sitekey: key, type: 'visitors', href: url, output: key }, today)),
    new ClickyHttpError(500, `Bad sitekey=${key}`, `<p>${url}</p> {"sitekey":"${key}"}`, 1000),
    new ClickyNetworkError(`could not reach ${url}`, otherRealm),
    new ClickyNetworkError('reset', cause),
    new ClickyNetworkError('reset', new URL(url)),
    new ClickyNetworkError('reset', `sitekey%3D${key}`),
    new ClickyAbortError(cause),
    new ClickyApiError(`bad request sitekey%3d${key}`, 'json'),
    new ClickyDecodeError('json', `a value, not sitekey=${key}`, { path: `["sitekey":"${key}"]`, offset: 3 }),
    new ClickyTimeoutError(30_000),
  ];
}

describe('the sitekey never leaves the SDK', () => {
  it('in any error, however the key got there', () => {
    fc.assert(
      fc.property(sitekeyArb, (key) => {
        for (const error of errorsCarrying(key)) {
          const leaks = reachableStrings(error).filter((s) => s.includes(key));
          expect(leaks, (error as Error).name).toEqual([]);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('in what validateRequest and prepareRequest return', () => {
    fc.assert(
      fc.property(sitekeyArb, (key) => {
        const valid = validateRequest({ site_id: 1, sitekey: key, type: 'visitors' }, today);
        const prepared = prepareRequest({ site_id: 1, sitekey: key, type: 'visitors' }, today);
        for (const value of [valid, prepared])
          expect(reachableStrings(value).filter((s) => s.includes(key))).toEqual([]);
        expect(JSON.stringify(valid)).not.toContain(key);
        expect(inspect(valid, { depth: 9 })).not.toContain(key);
        expect(inspect(prepared, { depth: 9 })).not.toContain(key);
        expect(prepared.urlWithSitekey()).toContain(`sitekey=${key}`);
        const quoting = prepareRequest(
          { site_id: 1, sitekey: key, type: 'visitors-list', href: `https://x.example/?sitekey=${key}` },
          today,
        );
        expect(`${quoting} ${inspect(quoting)} ${JSON.stringify(quoting)}`).not.toContain(key);
      }),
      { numRuns: 60 },
    );
  });

  it('redact() catches the query, percent-encoded and JSON forms', () => {
    const key = 'f00dfacecafe1234';
    expect(redact(`a?sitekey=${key}&b`)).toBe('a?sitekey=[redacted]&b');
    expect(redact(`a%3Fsitekey%3D${key}%26b`)).toBe('a%3Fsitekey%3D[redacted]%26b');
    expect(redact(`{"sitekey":"${key}","x":1}`)).toBe('{"sitekey":"[redacted]","x":1}');
    expect(redact(`{ "sitekey" : "${key}" }`)).toBe('{ "sitekey" : "[redacted]" }');
    expect(redact(`{ sitekey: '${key}' }`)).toBe("{ sitekey: '[redacted]' }");
    expect(redact('  - sites[0].sitekey: must be 12-16 letters and digits')).toBe(
      '  - sites[0].sitekey: must be 12-16 letters and digits',
    );
    for (const text of [`a?sitekey=${key}&b`, `{"sitekey":"${key}"}`, `sitekey%3D${key}`, `{ sitekey: '${key}' }`])
      expect(redact(redact(text))).toBe(redact(text));
  });

  it('keeps a misplaced sitekey out of problems[].value', () => {
    const key = 'f00dfacecafe1234';
    const error = thrown(() => validateRequest({ site_id: key, sitekey: key, type: 'visitors' }, today));
    expect(error).toBeInstanceOf(ClickyParamError);
    const problem = (error as ClickyParamError).problems.find((p) => p.param === 'site_id');
    expect(problem?.rule).toBe('kind');
    expect(problem?.value).toBe('"[redacted]"');
  });
});
