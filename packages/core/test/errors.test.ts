import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  ClickyAbortError,
  ClickyApiError,
  ClickyDecodeError,
  ClickyError,
  ClickyHttpError,
  ClickyNetworkError,
  ClickyParamError,
  ClickyTimeoutError,
  parseAlertId,
  redact,
} from '../src/index.ts';

const SITEKEY = 'f00dfacecafe1234';
const URL_WITH_KEY = `https://api.clicky.com/api/stats/4?site_id=1&sitekey=${SITEKEY}&type=visitors`;

describe('the error hierarchy', () => {
  const errors: [ClickyError, string, string][] = [
    [
      new ClickyParamError([{ param: 'limit', rule: 'range', message: 'must be between 1 and 1000', value: '0' }]),
      'CLICKY_PARAM',
      'ClickyParamError',
    ],
    [new ClickyApiError('Invalid sitekey.', 'json'), 'CLICKY_API', 'ClickyApiError'],
    [new ClickyHttpError(503, 'Service Unavailable', 'busy', 2000), 'CLICKY_HTTP', 'ClickyHttpError'],
    [new ClickyNetworkError('connection reset'), 'CLICKY_NETWORK', 'ClickyNetworkError'],
    [new ClickyTimeoutError(30000), 'CLICKY_TIMEOUT', 'ClickyTimeoutError'],
    [new ClickyAbortError(), 'CLICKY_ABORT', 'ClickyAbortError'],
    [
      new ClickyDecodeError('php', 'a string length', { offset: 12, path: 'visitors[0]' }),
      'CLICKY_DECODE',
      'ClickyDecodeError',
    ],
  ];

  it.each(errors)('%s has a stable code, name and base class', (error, code, name) => {
    expect(error).toBeInstanceOf(ClickyError);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe(code);
    expect(error.name).toBe(name);
  });

  it('carries what a caller needs to act', () => {
    expect((errors[2]![0] as ClickyHttpError).retryAfterMs).toBe(2000);
    expect((errors[1]![0] as ClickyApiError).apiMessage).toBe('Invalid sitekey.');
    const decode = errors[6]?.[0] as ClickyDecodeError;
    expect(decode.message).toBe('Could not decode the php body: expected a string length at visitors[0] (offset 12)');
    expect(errors[0]?.[0].message).toContain('limit: must be between 1 and 1000');
  });

  it("heads a message by what was wrong: the API's parameters, the client's options, or its use", () => {
    const param = { param: 'limit', rule: 'range', message: 'must be between 1 and 1000' };
    const option = { param: '(options.timeoutMs)', rule: 'option', message: 'must be a whole number' };
    const closed = { param: '(client)', rule: 'closed', message: 'the client was closed' };
    expect(new ClickyParamError([param]).message).toBe(
      "Invalid request: a parameter broke the API's rules:\n  - limit: must be between 1 and 1000",
    );
    expect(new ClickyParamError([option, { ...option, param: '(options.app)' }]).message).toBe(
      'Invalid createClient options:\n  - (options.timeoutMs): must be a whole number\n  - (options.app): must be a whole number',
    );
    expect(new ClickyParamError([closed]).message).toBe(
      'Invalid use of the client:\n  - (client): the client was closed',
    );
    expect(new ClickyParamError([param, option]).message).toMatch(
      /^Invalid request: 2 parameters broke the API's rules:/,
    );
  });

  it.each([
    ['Invalid sitekey.', 'invalid-sitekey'],
    ['Invalid site ID.', 'invalid-site-id'],
    ['invalid site id', 'invalid-site-id'],
    ['Only one request at a time per IP address is allowed for this site and data type.', 'too-many-requests'],
    ['Too many simultaneous requests.', 'too-many-requests'],
    ['Invalid type.', 'other'],
    ['', 'other'],
  ])('tells what an API error is about: %j is %s', (message, kind) => {
    expect(new ClickyApiError(message, 'json').kind).toBe(kind);
  });

  it('redacts a sitekey from messages, properties and causes', () => {
    const cause = Object.assign(new TypeError(`fetch failed for ${URL_WITH_KEY}`), { code: 'ECONNRESET' });
    const all = [
      new ClickyNetworkError(`could not reach ${URL_WITH_KEY}`, cause),
      new ClickyHttpError(500, 'oops', `error page echoing ${URL_WITH_KEY}`),
      new ClickyApiError(`bad request ${URL_WITH_KEY}`, 'xml'),
      new ClickyAbortError(`aborted ${URL_WITH_KEY}`),
    ];
    for (const e of all) {
      const shown = [
        e.message,
        e.stack,
        inspect(e, { depth: 5 }),
        JSON.stringify(e),
        JSON.stringify(Object.entries(e)),
        String((e as { cause?: unknown }).cause),
      ];
      for (const s of shown) expect(s).not.toContain(SITEKEY);
    }
    const network = all[0] as ClickyNetworkError;
    expect((network.cause as Error).name).toBe('TypeError');
    expect((network.cause as { code?: string }).code).toBe('ECONNRESET');
  });

  it('redact() handles sitekeys in query strings and known secrets anywhere', () => {
    expect(redact(`a?sitekey=${SITEKEY}&x=1`)).toBe('a?sitekey=[redacted]&x=1');
    expect(redact(`SITEKEY=${SITEKEY}`)).toBe('SITEKEY=[redacted]');
    expect(redact(`key ${SITEKEY} in prose`, [SITEKEY])).toBe('key [redacted] in prose');
  });
});

describe('parseAlertId', () => {
  it.each([
    ['https://clicky.com/a/123', 123],
    ['https://clicky.com/a/123\n', 123],
    ['45', 45],
    [678, 678],
  ])('%j -> %d', (input, id) => expect(parseAlertId(input)).toBe(id));

  it.each(['https://clicky.com/a/', 'no digits', '', 'https://clicky.com/a/0', 0, -3, 1.5, '99999999999999999999'])(
    'rejects %j',
    (input) => {
      expect(() => parseAlertId(input)).toThrow(ClickyParamError);
    },
  );
});
