// Regression tests for bodies that once hung, crashed, lost an answer or got two answers (one per path). Each
// block names the finding it guards.
import {
  ClickyAbortError,
  ClickyApiError,
  ClickyDecodeError,
  ClickyNetworkError,
  type OutputFormat,
} from '@clicky-sdk/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type DecodeProblem, decode, decodeStream, encode, phpUnserialize, problemsOf } from '../src/index.ts';

const FORMATS: OutputFormat[] = ['json', 'xml', 'php', 'csv'];

async function* bytes(text: string, size: number): AsyncGenerator<Uint8Array> {
  const all = new TextEncoder().encode(text);
  for (let i = 0; i < all.length; i += size) yield all.slice(i, i + size);
}

/** A result or the error a decode ended with, comparable across paths. */
async function answer(run: () => unknown): Promise<unknown> {
  try {
    const r = await run();
    return { ok: r, problems: problemsOf(r as object) };
  } catch (e) {
    if (e instanceof ClickyApiError) return { api: e.apiMessage };
    if (e instanceof ClickyDecodeError) return { decode: true };
    throw e;
  }
}

const json = (items: string, type = 'pages'): string =>
  `[{"type":"${type}","dates":[{"date":"2024-10-29","items":[${items}]}]}]`;

describe('1: JSONP unwrapping is a scan, not a backtracking pattern', () => {
  it('refuses a long broken json_var body at once', async () => {
    const body = `var a=x${' '.repeat(4000)}y`;
    expect(() => decode(body)).toThrow(ClickyDecodeError);
    await expect(decodeStream(bytes(body, 64))).rejects.toThrow(ClickyDecodeError);
  });

  it('still unwraps json_callback and json_var bodies, with white space anywhere it may be', () => {
    const inner = json('{"title":"A","value":"1"}');
    for (const body of [
      `cb(${inner});`,
      ` my.ns.cb ( ${inner} ) ; \n`,
      `var v = ${inner};`,
      `var  $v.x=${inner}\n`,
      `_cb(${inner})`,
    ]) {
      expect(decode(body).pages[0]?.items, body.slice(0, 20)).toEqual([{ title: 'A', value: 1 }]);
    }
    for (const body of [`cb(${inner}`, `var = ${inner}`, `1cb(${inner})`, `cb(${inner}))x`]) {
      expect(() => decode(body, { format: 'json' }), body.slice(0, 12)).toThrow(ClickyDecodeError);
    }
  });
});

describe('2: XML hourly values are bounded', () => {
  const hourly = (values: number, date = '2024-10-29', extra = ''): string =>
    `<response status="ok"><type type="visitors"><date date="${date}"><item>${extra}${'<value>1</value>'.repeat(values)}</item></date></type></response>`;

  it('refuses an hourly item that holds more than values, without copying it per value', () => {
    const fields = Array.from({ length: 400 }, (_, i) => `<f${i}>x</f${i}>`).join('');
    const body = hourly(3000, '2024-10-29', fields); // about 120 KB
    expect(() => decode(body)).toThrow(/only <value> elements/);
  });

  it('allows at most 24 values a day', () => {
    expect(decode(hourly(24)).visitors[0]?.items).toHaveLength(24);
    expect(() => decode(hourly(25))).toThrow(/at most 24 hourly values a day/);
    expect(decode(hourly(48, '2024-10-28,2024-10-29')).visitors[0]?.items).toHaveLength(48);
  });
});

describe('5: maxDepth is clamped', () => {
  const deepPhp = `${'a:1:{i:0;'.repeat(100_000)}N;${'}'.repeat(100_000)}`;
  const deepXml = `<response status="ok">${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}</response>`;
  it.each([Number.NaN, Number.POSITIVE_INFINITY, 1e9, -5])(
    'maxDepth %s still refuses 100k-deep nesting',
    (maxDepth) => {
      expect(() => decode(deepPhp, { format: 'php', maxDepth })).toThrow(ClickyDecodeError);
      expect(() => decode(deepXml, { format: 'xml', maxDepth })).toThrow(ClickyDecodeError);
      expect(() => phpUnserialize(deepPhp, maxDepth)).toThrow(ClickyDecodeError);
    },
  );
});

describe('6: one odd item never loses the answer', () => {
  const pages = (title: string): string =>
    `a:1:{s:5:"pages";a:1:{s:10:"2024-10-29";a:2:{i:0;a:2:{s:5:"title";${title}s:5:"value";s:1:"3";}i:1;a:2:{s:5:"title";s:1:"B";s:5:"value";s:1:"4";}}}}`;

  it('reads an empty string field as "" (PHP writes it as s:0:"")', () => {
    const r = decode(pages('s:0:"";'), { types: ['pages'] });
    expect(r.pages[0]?.items).toEqual([
      { title: '', value: 3 },
      { title: 'B', value: 4 },
    ]);
    expect(problemsOf(r)).toEqual([]);
  });

  it('keeps an item without a required field and says so in problems; strict throws', () => {
    const body = json('{"value":"1"},{"title":"B","value":"2"}');
    const r = decode(body, { types: ['pages'] });
    expect(r.pages[0]?.items).toEqual([{ value: 1 }, { title: 'B', value: 2 }]);
    expect(problemsOf(r)).toEqual([{ path: 'pages[0].items[0].title', expected: 'the required field title' }]);
    expect(() => decode(body, { strict: true })).toThrow('the required field title at pages[0].items[0].title');
  });

  it('keeps what an item has when a value cannot be typed', () => {
    const body = json('{"time":"soon","session_id":"7","actions":"2"}', 'visitors-list');
    const r = decode(body, { types: ['visitors-list'] });
    expect(r['visitors-list'][0]?.items).toEqual([{ session_id: 7, actions: 2 }]);
    expect(problemsOf(r)).toEqual([
      { path: 'visitors-list[0].items[0].time', expected: 'an integer', found: '"soon"' },
      { path: 'visitors-list[0].items[0].time', expected: 'the required field time' },
    ]);
    expect(() => decode(body, { strict: true })).toThrow(
      'expected an integer, got "soon" at visitors-list[0].items[0].time',
    );
  });

  it('drops an item that is not an object, keeping the others', () => {
    const r = decode(json('"junk",{"title":"B","value":"2"}'));
    expect(r.pages?.[0]?.items).toEqual([{ title: 'B', value: 2 }]);
    expect(problemsOf(r)).toEqual([{ path: 'pages[0].items[0]', expected: 'an item object', found: '"junk"' }]);
  });

  it('gives the same problems in every format, whole and streamed, and keeps them out of the result', async () => {
    const tree = {
      pages: [{ date: '2024-10-29', start: '2024-10-29', end: '2024-10-29', items: [{ value: 5 }] }],
    };
    for (const format of FORMATS) {
      const body = encode(tree, { format });
      const whole = decode(body, { format });
      const streamed = await decodeStream(bytes(body, 7), { format });
      expect(whole, format).toStrictEqual(tree);
      expect(streamed, format).toStrictEqual(tree);
      expect(problemsOf(whole), format).toEqual([
        { path: 'pages[0].items[0].title', expected: 'the required field title' },
      ]);
      expect(problemsOf(streamed), format).toEqual(problemsOf(whole));
      expect(Object.keys(whole)).toEqual(['pages']);
      expect(JSON.stringify(whole)).not.toContain('problems');
      // The clients read the list as the result's (non-enumerable) problems property.
      expect((whole as unknown as { problems: unknown }).problems).toBe(problemsOf(whole));
    }
  });

  it('refuses a type named like the problems list, which would hide it', () => {
    expect(() => decode('[{"type":"problems","dates":[]}]')).toThrow(/a type other than "problems"/);
  });

  it('types say what can be absent: required fields only with strict', () => {
    // Checked by the type checker; nothing here runs a decode.
    const lenient = () => decode('', { types: ['pages'] });
    const strict = () => decode('', { types: ['pages'], strict: true });
    type Page<R extends () => { pages: { items: unknown[] }[] }> = ReturnType<R>['pages'][number]['items'][number];
    expectTypeOf<Page<typeof lenient>['value']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Page<typeof strict>['value']>().toEqualTypeOf<number>();
    expectTypeOf<Page<typeof lenient>['title']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Page<typeof strict>['title']>().toEqualTypeOf<string>();
    expectTypeOf(problemsOf).returns.toEqualTypeOf<readonly DecodeProblem[]>();
  });
});

describe('7: numbers are exact or reported, never silently wrong', () => {
  it('reports an integer beyond 2^53 with its exact digits and keeps the rest', () => {
    const body = json('{"time":"1","session_id":"12345678901234567890"}', 'visitors-list');
    const r = decode(body, { types: ['visitors-list'] });
    expect(r['visitors-list'][0]?.items).toEqual([{ time: 1 }]);
    expect(problemsOf(r)[0]).toEqual({
      path: 'visitors-list[0].items[0].session_id',
      expected: 'an integer within ±2^53 (the exact digits are in found)',
      found: '"12345678901234567890"',
    });
    expect(() => decode(body, { strict: true })).toThrow(ClickyDecodeError);
  });

  it('reads PHP integers beyond 2^53 as their exact digits', () => {
    expect(phpUnserialize('i:9223372036854775807;')).toBe('9223372036854775807');
    expect(phpUnserialize('i:-9007199254740993;')).toBe('-9007199254740993');
    expect(phpUnserialize('i:9007199254740991;')).toBe(9007199254740991);
    const body =
      'a:1:{s:13:"visitors-list";a:1:{s:10:"2024-10-29";a:1:{i:0;a:2:{s:4:"time";i:1;s:10:"session_id";i:9223372036854775807;}}}}';
    const r = decode(body, { types: ['visitors-list'] });
    expect(r['visitors-list'][0]?.items).toEqual([{ time: 1 }]);
    expect(problemsOf(r)[0]?.found).toBe('"9223372036854775807"');
  });

  it('never turns 1e400 into Infinity', () => {
    for (const body of [
      json('{"title":"A","value":"1e400"}'),
      json('{"title":"A","value":1e400}'),
      'a:1:{s:5:"pages";a:1:{s:10:"2024-10-29";a:1:{i:0;a:2:{s:5:"title";s:1:"A";s:5:"value";d:1e400;}}}}',
      'a:1:{s:5:"pages";a:1:{s:10:"2024-10-29";a:1:{i:0;a:2:{s:5:"title";s:1:"A";s:5:"value";d:INF;}}}}',
    ]) {
      const r = decode(body, { types: ['pages'] });
      expect(r.pages[0]?.items, body).toEqual([{ title: 'A' }]);
      expect(problemsOf(r)[0]?.expected).toBe('a finite number');
    }
  });

  it('decodes -0 as 0 in every format, in integer and number fields', () => {
    const bodies = {
      json: json('{"time":"-0","session_id":"1","latitude":"-0"}', 'visitors-list'),
      xml: '<response status="ok"><type type="visitors-list"><date date="2024-10-29"><item><time>-0</time><session_id>1</session_id><latitude>-0</latitude></item></date></type></response>',
      php: 'a:1:{s:13:"visitors-list";a:1:{s:10:"2024-10-29";a:1:{i:0;a:3:{s:4:"time";i:-0;s:10:"session_id";d:1;s:8:"latitude";d:-0;}}}}',
      csv: '# visitors-list\n# 2024-10-29\nTime,Session Id,Latitude\n-0,1,-0\n',
    };
    for (const [format, body] of Object.entries(bodies)) {
      const item = decode(body, { types: ['visitors-list'] })['visitors-list'][0]?.items[0];
      expect(Object.is(item?.time, 0), format).toBe(true);
      expect(Object.is(item?.latitude, 0), format).toBe(true);
    }
    expect(Object.is(decode(json('{"title":"A","value":-0}')).pages?.[0]?.items[0]?.value, 0)).toBe(true);
  });
});

describe('8: one body, one answer, whichever path', () => {
  const both = async (body: string, format: OutputFormat): Promise<[unknown, unknown]> => [
    await answer(() => decode(body, { format })),
    await answer(() => decodeStream(bytes(body, 5), { format })),
  ];

  it('JSON nested deeper than 64 in an unknown field: kept, whole and streamed', async () => {
    const deep = `${'['.repeat(100)}${']'.repeat(100)}`;
    const body = json(`{"title":"A","value":"1","extra":${deep}}`);
    const [whole, streamed] = await both(body, 'json');
    expect(whole).toHaveProperty('ok');
    expect(streamed).toStrictEqual(whole);
  });

  it('PHP nesting inside an item counts from the root either way', async () => {
    const item = (levels: number): string =>
      `a:1:{s:5:"pages";a:1:{s:10:"2024-10-29";a:1:{i:0;a:2:{s:5:"title";s:1:"A";s:5:"extra";${'a:1:{i:0;'.repeat(levels)}N;${'}'.repeat(levels)}}}}}`;
    // root, dates, items and the item are 4 levels: 60 more reach 64.
    for (const levels of [60, 61, 62, 63]) {
      const [whole, streamed] = await both(item(levels), 'php');
      expect(streamed, String(levels)).toStrictEqual(whole);
      expect(whole, String(levels)).toHaveProperty(levels === 60 ? 'ok' : 'decode');
    }
  });

  it('a PHP error body whose error key is not first is the API error, whole and streamed', async () => {
    const body = 'a:2:{s:4:"code";i:1;s:5:"error";s:10:"Bad thing.";}';
    expect(await both(body, 'php')).toEqual([{ api: 'Bad thing.' }, { api: 'Bad thing.' }]);
  });

  const xmlItem = (inner: string, opening = '<response status="ok">'): string =>
    `${opening}<type type="visitors-list"><date date="2024-10-29"><item><time>1</time><session_id>2</session_id>${inner}</item></date></type></response>`;
  // A processing instruction once sent a body down a second parser; there is one now, whatever the body holds.
  const variants = (inner: string, opening?: string): string[] => [
    xmlItem(inner, opening),
    xmlItem(inner, opening).replace('<type ', '<?pi x?><type '),
  ];

  it('XML custom keys named like Object.prototype members stay data under their own names', () => {
    for (const body of variants(
      '<custom><constructor>a</constructor><toString>b</toString><__proto__>c</__proto__></custom>',
    )) {
      const custom = decode(body)['visitors-list']?.[0]?.items[0]?.custom as Record<string, unknown>;
      expect(Object.getOwnPropertyNames(custom)).toEqual(['constructor', 'toString', '__proto__']);
      expect(Object.getOwnPropertyDescriptor(custom, '__proto__')?.value).toBe('c');
      expect(custom.toString).toBe('b');
    }
  });

  it('XML: a status other than ok or error is refused whatever else the body holds', () => {
    for (const body of variants('', '<response status="pending">')) expect(() => decode(body)).toThrow(/status/);
  });

  it('XML: malformed character references are refused', () => {
    for (const ref of ['&#x41zz;', '&#65x;', '&#;', '&#x;', '&#0;', '&#xD800;', '&nbsp;', '& ;'])
      for (const body of variants(`<ip_address>${ref}</ip_address>`))
        expect(() => decode(body), ref).toThrow(ClickyDecodeError);
    expect(decode(xmlItem('<ip_address>&#x41;&#66;&amp;</ip_address>'))['visitors-list']?.[0]?.items[0]).toMatchObject({
      ip_address: 'AB&',
    });
  });

  it('CSV: two columns with one name are refused, not merged', () => {
    for (const header of ['Item,Value,Item', 'Item,Value,title', 'Value,value'])
      expect(
        () =>
          decode(
            `# pages\n# 2024-10-29\n${header}\na,1,b\n`.replace(',b\n', header.split(',').length === 2 ? '\n' : ',b\n'),
            { format: 'csv' },
          ),
        header,
      ).toThrow(/two columns/);
  });
});

describe('9: a stream that breaks is a network or abort error', () => {
  const failing = (error: unknown): ReadableStream<Uint8Array> => {
    let sent = false;
    return new ReadableStream({
      pull(controller) {
        if (!sent) {
          sent = true;
          controller.enqueue(new TextEncoder().encode('[{"type":"pages","dates":[{"date":"2024-10-29","items":['));
        } else controller.error(error);
      },
    });
  };

  it('a reset mid-body is ClickyNetworkError, with its cause', async () => {
    const reset = new TypeError('terminated', { cause: new Error('other side closed') });
    const e = await decodeStream(failing(reset)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ClickyNetworkError);
    expect((e as Error).cause).toBeInstanceOf(Error);
  });

  it('an abort is ClickyAbortError, never a raw DOMException', async () => {
    const e = await decodeStream(failing(new DOMException('The operation was aborted.', 'AbortError'))).catch(
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(ClickyAbortError);
    const controller = new AbortController();
    const pending = decodeStream(
      new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(new TextEncoder().encode('[{"type":"pages",'));
        },
      }),
      { signal: controller.signal },
    );
    controller.abort();
    await expect(pending).rejects.toThrow(ClickyAbortError);
  });

  it('bytes that are not UTF-8 are still a decode error', async () => {
    const broken = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new Uint8Array([0x5b, 0xff, 0xfe]));
        c.close();
      },
    });
    await expect(decodeStream(broken)).rejects.toThrow(ClickyDecodeError);
  });
});

describe('14: small things that were wrong', () => {
  it('the CSV writer survives a lone surrogate (written as U+FFFD, as UTF-8 would)', () => {
    const tree = {
      'visitors-list': [
        {
          date: '2024-10-29',
          start: '2024-10-29',
          end: '2024-10-29',
          items: [{ time: 1, session_id: 2, custom: { k: 'a\ud800b' }, goals: { completed: ['\udc00'] } }],
        },
      ],
    };
    const item = decode(encode(tree, { format: 'csv' }), { format: 'csv' })['visitors-list']?.[0]?.items[0];
    expect(item).toEqual({
      time: 1,
      session_id: 2,
      custom: { k: 'a\ufffdb' },
      goals: { completed: ['\ufffd'] },
    });
  });

  it('says which body it could not read', () => {
    expect(() => decode(new Uint8Array([0x5b, 0xff]))).toThrow('Could not decode the json body: expected UTF-8 text');
    expect(() => decode(new Uint8Array([0xff]), { format: 'php' })).toThrow(/the php body/);
  });

  it.each(FORMATS)('an empty %s body is refused, not an empty answer', async (format) => {
    for (const body of ['', '  \n\t']) {
      expect(() => decode(body, { format })).toThrow(/a non-empty body/);
      await expect(decodeStream(bytes(body, 1), { format })).rejects.toThrow(/a non-empty body/);
    }
    expect(() => decode('')).toThrow(/a non-empty body/);
  });
});
