// What each format's layout module promises, case by case.
import { ClickyApiError, ClickyDecodeError, ClickyParamError, type OutputFormat } from '@clicky-sdk/core';
import { describe, expect, it } from 'vitest';
import { jsonCodec, wholeJsonCodec } from '../src/formats/json/index.ts';
import {
  createDecoder,
  decode,
  detectFormat,
  encode,
  encodeError,
  formatFromContentType,
  problemsOf,
} from '../src/index.ts';

const FORMATS: OutputFormat[] = ['json', 'xml', 'php', 'csv'];

describe('error bodies', () => {
  it.each(FORMATS)('%s: the API message becomes ClickyApiError', (format) => {
    const body = encodeError('Invalid sitekey.', format);
    let error: unknown;
    try {
      decode(body, { format });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ClickyApiError);
    expect((error as ClickyApiError).apiMessage).toBe('Invalid sitekey.');
    expect((error as ClickyApiError).format).toBe(format);
    // detection finds error bodies too
    expect(() => decode(body)).toThrow(ClickyApiError);
  });

  it('reads the error forms public clients describe', () => {
    expect(() => decode('[{"error":"Invalid site ID."}]')).toThrow('Invalid site ID.');
    expect(() => decode('{"error":"Invalid site ID."}')).toThrow(ClickyApiError);
    expect(() => decode('<?xml version="1.0"?>\n<response status="error">Invalid sitekey.</response>')).toThrow(
      'Invalid sitekey.',
    );
    expect(() => decode('<response status="error"><error><![CDATA[Bad & worse]]></error></response>')).toThrow(
      'Bad & worse',
    );
    expect(() => decode('a:1:{s:5:"error";s:11:"Bad request";}')).toThrow('Bad request');
  });
});

describe('XML', () => {
  const pretty = `<?xml version="1.0" encoding="utf-8"?>
<response status="ok">
  <!-- a comment -->
  <type type="pages">
    <date date="2024-10-01,2024-10-31">
      <item>
        <title><![CDATA[Home & <garden>]]></title>
        <value>6</value>
        <value_percent>66.7</value_percent>
        <url>https://example.com/?a=1&amp;b=2</url>
      </item>
      <item><title>Caf&#233; &#x1F600;</title><value>1</value></item>
    </date>
  </type>
  <type type="visitors-list">
    <date date="2024-10-29">
      <item>
        <time>1656520164</time><session_id>247859048</session_id><javascript>0</javascript>
        <first_visit><time>1656000000</time><session_id>1</session_id></first_visit>
        <goals><goals_completed><goal>Signup</goal><goal>Buy</goal></goals_completed><revenue>12.5</revenue></goals>
        <custom><username>billy</username><tag>a</tag><tag>b</tag></custom>
      </item>
    </date>
  </type>
</response>
`;

  it('reads pretty-printed output with CDATA, entities, comments, nesting and repeated keys', () => {
    const r = decode(pretty, { types: ['pages', 'visitors-list'] });
    expect(r.pages[0]?.items).toEqual([
      { title: 'Home & <garden>', value: 6, value_percent: 66.7, url: 'https://example.com/?a=1&b=2' },
      { title: 'Café 😀', value: 1 },
    ]);
    expect(r['visitors-list'][0]?.items[0]).toEqual({
      time: 1656520164,
      session_id: 247859048,
      javascript: false,
      first_visit: { time: 1656000000, session_id: 1 },
      goals: { completed: ['Signup', 'Buy'], revenue: 12.5 }, // the reference's goals_completed, read as completed
      custom: { username: 'billy', tag: ['a', 'b'] },
    });
  });

  it('makes every custom value a list with custom_keys_multi_values', () => {
    const r = decode(pretty, { types: ['pages', 'visitors-list'], multiValues: true });
    expect(r['visitors-list'][0]?.items[0]?.custom).toEqual({ username: ['billy'], tag: ['a', 'b'] });
  });

  it('splits an hourly tally item into one item per hour', () => {
    const body =
      '<response status="ok"><type type="visitors"><date date="2024-10-29"><item><value>1</value><value>0</value><value>7</value></item></date></type></response>';
    expect(decode(body, { types: ['visitors'] }).visitors[0]?.items).toEqual([
      { value: 1 },
      { value: 0 },
      { value: 7 },
    ]);
    const tree = {
      visitors: [
        {
          date: '2024-10-29',
          start: '2024-10-29',
          end: '2024-10-29',
          items: [{ value: 1 }, { value: 0 }, { value: 7 }],
        },
      ],
    };
    const written = encode(tree, { format: 'xml', hourly: true });
    expect(written).toContain('<item><value>1</value><value>0</value><value>7</value></item>');
    expect(decode(written, { types: ['visitors'] })).toEqual(tree);
  });

  it('reads XML the API does not write (processing instructions, attributes on items) the same way', () => {
    const odd = pretty
      .replace('<response status="ok">', '<response status="ok"><?pi something?>')
      .replace('<item>', '<item kind="x">');
    const r = decode(odd, { types: ['pages', 'visitors-list'] });
    expect(r.pages[0]?.items[0]).toEqual({
      title: 'Home & <garden>',
      value: 6,
      value_percent: 66.7,
      url: 'https://example.com/?a=1&b=2',
    });
    expect(r['visitors-list'][0]?.items[0]?.goals).toEqual({ completed: ['Signup', 'Buy'], revenue: 12.5 });
  });

  it('refuses DTDs, external entities and malformed XML with ClickyDecodeError', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><response status="ok">&lol2;</response>';
    const external =
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><response status="ok">&x;</response>';
    for (const body of [laughs, external])
      expect(() => decode(body, { format: 'xml' })).toThrow(/no DTD or entity declarations/);
    expect(() =>
      decode(
        '<response status="ok"><type type="pages"><date date="2024-10-29"><item><title>x</item></date></type></response>',
        { format: 'xml' },
      ),
    ).toThrow(ClickyDecodeError);
    expect(() => decode('<response status="ok"><type type="pages">', { format: 'xml' })).toThrow(ClickyDecodeError);
    expect(() => decode('<html><body>Bad gateway</body></html>', { format: 'xml' })).toThrow(/<response> root/);
  });
});

describe('JSON', () => {
  it('unwraps JSONP bodies (json_callback and json_var)', () => {
    const json = '[{"type":"visitors","dates":[{"date":"2024-10-29","items":[{"value":"12"}]}]}]';
    for (const body of [`my_cb(${json});`, `my.ns.cb(${json})`, `var my_var = ${json};`]) {
      expect(decode(body).visitors?.[0]?.items).toEqual([{ value: 12 }]);
    }
  });

  it('names where a value is wrong', () => {
    const body =
      '[{"type":"visitors-list","dates":[{"date":"2024-10-29","items":[{"time":"1","session_id":"2"},{"time":"soon","session_id":"3"}]}]}]';
    expect(() => decode(body, { strict: true })).toThrow(
      'expected an integer, got "soon" at visitors-list[0].items[1].time',
    );
    expect(problemsOf(decode(body))[0]).toEqual({
      path: 'visitors-list[0].items[1].time',
      expected: 'an integer',
      found: '"soon"',
    });
  });

  it('checks the body holds exactly the requested types', () => {
    const body = '[{"type":"visitors","dates":[]}]';
    expect(() => decode(body, { types: ['pages'] })).toThrow(/only the requested types/);
    expect(() => decode(body, { types: ['visitors', 'pages'] })).toThrow(/the requested type pages/);
  });

  it('refuses types that are not a list (a bare string would be read letter by letter)', () => {
    const body = '[{"type":"visitors","dates":[]}]';
    const error = (() => {
      try {
        decode(body, { types: 'visitors' as unknown as ['visitors'] });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ClickyParamError);
    expect((error as ClickyParamError).message).toBe(
      "Invalid decode options: types must be a list of type names, such as ['visitors']",
    );
    expect((error as ClickyParamError).problems).toEqual([
      { param: 'types', rule: 'list', message: "must be a list of type names, such as ['visitors']" },
    ]);
  });

  it('names segments as the types to request when segmentation itself was requested', () => {
    const body = '[{"type":"countries","dates":[{"date":"2024-10-29","items":[{"title":"US","value":"3"}]}]}]';
    expect(() => decode(body, { types: ['segmentation'] })).toThrow(
      'expected only the requested types (segmentation), got "countries" (a segmentation body holds its segments: request those as types)',
    );
    expect(() => decode(body, { types: ['pages'] })).toThrow(/got "countries"$/);
    expect(decode(body, { types: ['countries'] }).countries?.[0]?.items[0]?.value).toBe(3);
  });

  it('leaves null fields (null_values=1) and empty numbers absent, keeps empty text, and unknown fields as sent', () => {
    const body =
      '[{"type":"pages","dates":[{"date":"2024-10-29","items":[{"title":"A","value":"1","url":"","value_percent":null,"trend":"","new_field":"x"}]}]}]';
    expect(decode(body).pages?.[0]?.items[0]).toStrictEqual({ title: 'A', value: 1, url: '', new_field: 'x' });
  });
});

describe('CSV', () => {
  it('reads quoted fields with commas, quotes and line breaks, and CRLF lines', () => {
    const body =
      '# pages\r\n# 2024-10-29\r\nItem,Value,Url\r\n"Say ""hi"", world\r\nagain",3,https://x.example/?a=1\r\n';
    expect(decode(body, { format: 'csv' }).pages?.[0]?.items).toEqual([
      { title: 'Say "hi", world\r\nagain', value: 3, url: 'https://x.example/?a=1' },
    ]);
  });

  it('refuses rows that do not fit the header, and unclosed quotes', () => {
    expect(() => decode('# pages\n# 2024-10-29\nItem,Value\nA,1,extra\n', { format: 'csv' })).toThrow(
      /2 cells a row, got 3/,
    );
    expect(() => decode('# pages\n# 2024-10-29\nItem,Value\n"A,1\n', { format: 'csv' })).toThrow(/a closing quote/);
  });
});

describe('format detection', () => {
  it.each([
    ['application/json; charset=utf-8', 'json'],
    ['text/xml', 'xml'],
    ['application/xml', 'xml'],
    ['text/csv', 'csv'],
    ['text/plain', undefined],
  ] as const)('Content-Type %s -> %s', (type, format) => expect(formatFromContentType(type)).toBe(format));

  it.each([
    ['  [{"type"', 'json'],
    ['\ufeff<?xml', 'xml'],
    ['a:1:{', 'php'],
    ['# visitors', 'csv'],
    ['cb([{"type":"x"}])', 'json'],
  ] as const)('body %j -> %s', (body, format) => expect(detectFormat(body)).toBe(format));
});

describe('number parsing', () => {
  it('agrees with Number() on every decimal the fast path takes, and on the ones it leaves', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 17 }), (d, digits) => {
        for (const text of [String(d), d.toFixed(Math.min(digits, 15)), d.toPrecision(Math.max(1, digits))]) {
          if (!/^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(text)) continue;
          const body = `[{"type":"pages","dates":[{"date":"2024-10-29","items":[{"title":"x","value":"${text}"}]}]}]`;
          const expected = Number(text);
          const r = decode(body);
          // Beyond the largest number: reported, never Infinity.
          if (!Number.isFinite(expected)) expect(problemsOf(r)[0]?.expected).toBe('a finite number');
          expect(r.pages?.[0]?.items[0]?.value).toBe(
            Number.isFinite(expected) ? (Object.is(expected, -0) ? 0 : expected) : undefined,
          );
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('visitor-details', () => {
  it('items may lack required fields when the request asked for a subset (partial)', () => {
    const body =
      '[{"type":"visitors-list","dates":[{"date":"2024-10-29","items":[{"ip_address":"1.2.3.4","web_browser":"Firefox"}]}]}]';
    expect(() => decode(body, { strict: true })).toThrow(/the required field time/);
    expect(problemsOf(decode(body)).map((p) => p.expected)).toEqual([
      'the required field time',
      'the required field session_id',
    ]);
    expect(decode(body, { partial: true, strict: true })['visitors-list']?.[0]?.items[0]).toEqual({
      ip_address: '1.2.3.4',
      web_browser: 'Firefox',
    });
  });
});

describe('a codec that only decodes', () => {
  it('decodes as the full JSON codec does, and refuses to encode, naming the format and the rule', () => {
    const decodeOnly = createDecoder([wholeJsonCodec]);
    const full = createDecoder([jsonCodec]);
    const body = encode({ visitors: [{ date: '2026-11-20', items: [{ value: 7 }] }] } as never, { format: 'json' });
    expect(decodeOnly.decode(body)).toEqual(full.decode(body));
    expect(full.encode(full.decode(body) as never, { format: 'json' })).toBe(body);
    for (const write of [
      () => decodeOnly.encode({} as never, { format: 'json' }),
      () => decodeOnly.encodeError('no', 'json'),
    ]) {
      let error: unknown;
      try {
        write();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ClickyParamError);
      expect((error as ClickyParamError).problems).toEqual([
        expect.objectContaining({ param: 'format', rule: 'encoder', value: 'json' }),
      ]);
    }
  });
});
