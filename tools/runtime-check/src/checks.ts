// Checks of @clicky-sdk/core and @clicky-sdk/decoders that every runtime must pass with the same results:
// the same URL bytes, the same decoded data, the same errors. Plain code, no test framework, so that Node,
// Deno, Bun and a browser page can all run it as it is.
import {
  ClickyApiError,
  ClickyDecodeError,
  ClickyParamError,
  type OutputFormat,
  parseAlertId,
  prepareRequest,
  resolveDateExpression,
  splitDateRange,
} from '@clicky-sdk/core';
import { decode, encode, phpSerialize, phpUnserialize } from '@clicky-sdk/decoders';

export interface CheckReport {
  readonly runtime: string;
  readonly passed: number;
  readonly failed: string[];
}

const SITEKEY = 'f00dfacecafe1234';
const RESULT = {
  visitors: [{ date: '2024-10-29', start: '2024-10-29', end: '2024-10-29', items: [{ value: 12 }] }],
  'visitors-list': [
    {
      date: '2024-10-01,2024-10-31',
      start: '2024-10-01',
      end: '2024-10-31',
      items: [
        {
          time: 1656520164,
          session_id: 247859048,
          javascript: true,
          latitude: 47.3769,
          geolocation: 'Zürich, Switzerland 😀',
          first_visit: { time: 1656000000, session_id: 1 },
          goals: { completed: ['Signup', 'Buy & "more"'] },
          custom: { username: 'ömer' },
        },
      ],
    },
  ],
};

/** Deep equality that ignores key order (CSV writes columns in spec order). */
function same(a: unknown, b: unknown): boolean {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : typeof v === 'object' && v !== null
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

export async function runChecks(runtime: string): Promise<CheckReport> {
  const failed: string[] = [];
  let passed = 0;
  const check = (name: string, ok: () => boolean): void => {
    try {
      if (ok()) passed++;
      else failed.push(name);
    } catch (e) {
      failed.push(`${name}: threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    }
  };
  const throws = (fn: () => unknown, type: new (...a: never[]) => Error): boolean => {
    try {
      fn();
      return false;
    } catch (e) {
      return e instanceof type;
    }
  };

  const req = prepareRequest(
    {
      site_id: 32020,
      sitekey: SITEKEY,
      type: ['visitors-list'],
      date: 'last-7-days',
      custom: { 'e mail': 'b@x.io' },
      city: 'Zürich',
      ip_address: '1.2.3.4|5.6.7.8,5.6.7.9',
    },
    { today: '2024-10-29' },
  );
  check(
    'the URL has the same bytes everywhere',
    () =>
      req.urlWithSitekey() ===
      `https://api.clicky.com/api/stats/4?site_id=32020&sitekey=${SITEKEY}&type=visitors-list&date=last-7-days&ip_address=1.2.3.4%7C5.6.7.8,5.6.7.9&city=Z%C3%BCrich&custom[e%20mail]=b%40x.io`,
  );
  check(
    'the sitekey stays out of toString and JSON',
    () => !String(req).includes(SITEKEY) && !JSON.stringify(req).includes(SITEKEY),
  );
  check('bad parameters are refused before a request', () =>
    throws(() => prepareRequest({ site_id: 1, sitekey: SITEKEY, type: 'pages', limit: 0 }), ClickyParamError),
  );
  check('dates resolve as the reference says', () =>
    same(resolveDateExpression('this-week', '2024-10-29'), { start: '2024-10-27', end: '2024-11-02' }),
  );
  check(
    'ranges split into windows',
    () => splitDateRange({ start: '2024-01-01', end: '2024-12-31' }, 31).length === 12,
  );
  check('alert ids parse', () => parseAlertId('https://clicky.com/a/123') === 123);

  for (const format of ['json', 'xml', 'php', 'csv'] as OutputFormat[]) {
    const body = encode(RESULT, { format });
    check(`${format}: round-trips to the same result`, () =>
      same(decode(body, { format, types: ['visitors', 'visitors-list'] }), RESULT),
    );
    check(`${format}: bytes decode like text`, () => same(decode(new TextEncoder().encode(body), { format }), RESULT));
    // strict: a CSV body cut inside a row's last cell is otherwise an item with a problem, not an error.
    check(`${format}: a truncated body is a ClickyDecodeError`, () =>
      throws(() => decode(body.slice(0, body.length - 12), { format, strict: true }), ClickyDecodeError),
    );
  }
  check(
    'PHP counts UTF-8 bytes',
    () => phpSerialize('Zürich 😀') === 's:12:"Zürich 😀";' && phpUnserialize('s:12:"Zürich 😀";') === 'Zürich 😀',
  );
  check('PHP objects are refused', () => throws(() => phpUnserialize('O:8:"stdClass":0:{}'), ClickyDecodeError));
  check('XML entity declarations are refused', () =>
    throws(
      () => decode('<!DOCTYPE r [<!ENTITY a "b">]><response status="ok">&a;</response>', { format: 'xml' }),
      ClickyDecodeError,
    ),
  );
  check('API errors are ClickyApiError', () => throws(() => decode('[{"error":"Invalid sitekey."}]'), ClickyApiError));
  check('invalid UTF-8 is refused', () => throws(() => decode(new Uint8Array([0x5b, 0xff, 0x5d])), ClickyDecodeError));
  check('__proto__ keys do not pollute', () => {
    decode(
      '[{"type":"pages","dates":[{"date":"2024-10-29","items":[{"title":"a","value":"1","__proto__":{"polluted":"1"}}]}]}]',
    );
    return ({} as Record<string, unknown>).polluted === undefined;
  });
  let streamed = false;
  try {
    const { decodeStream } = await import('@clicky-sdk/decoders');
    const bytes = new TextEncoder().encode(encode(RESULT, { format: 'csv' }));
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        for (let i = 0; i < bytes.length; i += 7) c.enqueue(bytes.slice(i, i + 7));
        c.close();
      },
    });
    streamed = same(await decodeStream(stream), RESULT);
  } catch {
    streamed = false;
  }
  if (streamed) passed++;
  else failed.push('a chunked CSV stream decodes to the same result');
  return { runtime, passed, failed };
}
