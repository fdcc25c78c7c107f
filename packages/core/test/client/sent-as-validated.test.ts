// What validation accepts is what the URL carries, exactly: any text given to a free-text parameter (lone
// surrogates included, which no URL can carry) is either refused with ClickyParamError, or read back from the
// sent URL unchanged. A lone surrogate used to pass validation and then throw a URIError out of URL building.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClickyParamError } from '../../src/errors.ts';
import { prepareRequest } from '../../src/request.ts';
import { groups, makeClient, SITEKEY } from './fakes.ts';

/** Any UTF-16 text, lone surrogates and the characters URLs care about included. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc
    .array(fc.oneof(fc.integer({ min: 0, max: 0xffff }), fc.constantFrom(0x25, 0x26, 0x2b, 0x2c, 0x3d, 0x23, 0xd800)), {
      maxLength: 20,
    })
    .map((codes) => String.fromCharCode(...codes)),
);

function outcome(f: () => URL): URL | ClickyParamError {
  try {
    return f();
  } catch (e) {
    if (e instanceof ClickyParamError) return e;
    throw e;
  }
}

describe('a value validation accepts', () => {
  it('is read back from the URL unchanged, or refused with ClickyParamError (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('filter', 'href', 'app', 'search', 'org'),
        anyText,
        anyText,
        (name, value, customValue) => {
          const type = name === 'filter' ? 'pages' : 'visitors-list';
          const request = { site_id: 1, sitekey: SITEKEY, type, [name]: value, custom: { [value]: customValue } };
          const sent = outcome(() => {
            const r = prepareRequest(request as never, { today: '2024-06-01' });
            return new URL(r.urlWithSitekey());
          });
          if (sent instanceof ClickyParamError) return;
          // custom applies to visitors-list only; with pages the request was refused above.
          expect(sent.searchParams.get(name)).toBe(value);
          expect(sent.searchParams.get(`custom[${value}]`)).toBe(customValue);
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    ['a lone high surrogate', { filter: 'a\uD800b' }],
    ['a lone low surrogate', { filter: '\uDC00' }],
    ['a reversed pair', { filter: '\uDC00\uD800' }],
  ])('%s: refused before anything is sent, through the client too', async (_label, request) => {
    const { client, seen } = makeClient(() => ({ body: groups('pages', []) }));
    await expect(client.pages(request)).rejects.toMatchObject({
      code: 'CLICKY_PARAM',
      problems: [{ param: 'filter', rule: 'text' }],
    });
    await expect(client.visitorsList({ custom: { '\uD800': 'x' } })).rejects.toMatchObject({
      problems: [{ param: 'custom', rule: 'text' }],
    });
    expect(seen.urls).toEqual([]);
  });

  it('a pair that makes one character is text like any other', async () => {
    const { client, seen } = makeClient(() => ({ body: groups('pages', []) }));
    await client.pages({ filter: 'caf\u00e9 \uD83D\uDE00' });
    expect(seen.urls[0]?.searchParams.get('filter')).toBe('caf\u00e9 \uD83D\uDE00');
  });

  it('an app that cannot be sent is refused by createClient', () => {
    expect(() => makeClient(() => 'hang', { app: 'dash\uDFFFboard' })).toThrow(ClickyParamError);
  });

  it('a per-type method refuses a request naming another type, instead of sending its own', async () => {
    const { client, seen } = makeClient(() => ({ body: groups('pages', []) }));
    await expect(client.pages({ type: 'visitors' } as never)).rejects.toMatchObject({
      problems: [{ param: 'type', rule: 'method' }],
    });
    expect(seen.urls).toEqual([]);
  });
});
