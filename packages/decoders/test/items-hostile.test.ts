// decodeItems against a hostile server: bodies that echo a sitekey into what errors and problems quote, bodies
// with a byte order mark, and how much one chunk of tiny items can queue.
import { ClickyDecodeError, type OutputFormat } from '@clicky-sdk/core';
import { describe, expect, it } from 'vitest';
import { decode, decodeItems, problemsOf } from '../src/index.ts';
import { MAX_PROBLEMS, MORE_PROBLEMS } from '../src/typing/problems.ts';

const KEY = 'abcdef0123456789';
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
async function* once(text: string): AsyncGenerator<Uint8Array> {
  yield bytes(text);
}

/** Everything a decode lets out: its problems, or its error's message, stack and own properties. */
async function everythingSaid(body: string, options: { strict?: boolean; types?: never[] | string[] }) {
  const said: string[] = [];
  const record = (e: unknown): void => {
    if (!(e instanceof ClickyDecodeError)) throw e;
    said.push(e.message, String(e.stack), JSON.stringify({ ...e }));
  };
  try {
    said.push(JSON.stringify(problemsOf(decode(body, options as never))));
  } catch (e) {
    record(e);
  }
  const items = decodeItems(once(body), options as never);
  try {
    for await (const _ of items);
    said.push(JSON.stringify(items.problems));
  } catch (e) {
    record(e);
  }
  return said.join('\n');
}

describe('a sitekey the body echoes as JSON', () => {
  // JSON quoting escapes the quotes around it: the text is redacted before it is quoted.
  const asJson = `{"sitekey":"${KEY}"}`;
  const json = (type: string, date: string, item: string) =>
    `[{"type":${JSON.stringify(type)},"dates":[{"date":${JSON.stringify(date)},"items":[${item}]}]}]`;
  it.each([
    ['a value problem', json('visitors', '2024-10-29', `{"value":${JSON.stringify(asJson)}}`), {}],
    ['a value error (strict)', json('visitors', '2024-10-29', `{"value":${JSON.stringify(asJson)}}`), { strict: true }],
    ['an item that is not an object', json('visitors', '2024-10-29', JSON.stringify(asJson)), {}],
    ['a date label', json('visitors', asJson, ''), {}],
    ['a type not requested', json(asJson, '2024-10-29', ''), { types: ['visitors'] }],
  ])('%s does not show it', async (_, body, options) => {
    const said = await everythingSaid(body, options);
    expect(said).toContain('[redacted]');
    expect(said).not.toContain(KEY);
  });
});

describe('a byte order mark', () => {
  const bodies: Record<Exclude<OutputFormat, 'xml'>, string> = {
    json: '[{"type":"pages","dates":[{"date":"2024-10-29","items":[{"title":"a","value":"1"}]}]}]',
    php: 'a:1:{s:5:"pages";a:1:{s:10:"2024-10-29";a:1:{i:0;a:2:{s:5:"title";s:1:"a";s:5:"value";s:1:"1";}}}}',
    csv: '# pages\n# 2024-10-29\nTitle,Value\na,1\n',
  };
  it.each(Object.entries(bodies))(
    '%s: reads the same from a string as from bytes and item by item',
    async (_, body) => {
      const expected = {
        pages: [{ date: '2024-10-29', start: '2024-10-29', end: '2024-10-29', items: [{ title: 'a', value: 1 }] }],
      };
      expect(decode(bytes(`\ufeff${body}`))).toStrictEqual(expected);
      expect(decode(`\ufeff${body}`)).toStrictEqual(expected);
      const entries = [];
      for await (const e of decodeItems(once(`\ufeff${body}`))) entries.push(e);
      expect(entries).toHaveLength(2);
    },
  );
});

describe('a body broken after some items', () => {
  async function* cut(text: string, size: number): AsyncGenerator<Uint8Array> {
    const all = bytes(text);
    for (let i = 0; i < all.length; i += size) yield all.slice(i, i + size);
  }
  const good = '[{"type":"visitors","dates":[{"date":"2024-10-29","items":[{"value":"1"},{"value":"2"}';
  it.each([
    ['broken JSON', `${good}x]}]}]`, {}],
    ['a strict problem', `${good},{"value":"x"}]}]}]`, { strict: true }],
    ['an error further on', `${good}]}]},{"error":"late"}]`, {}],
  ])('%s: the entries before it come out, then the error, however the text is cut', async (_, body, options) => {
    for (const size of [1, 16, 4096]) {
      const kinds: string[] = [];
      const error = await (async () => {
        for await (const e of decodeItems(cut(body, size), { format: 'json', ...options })) kinds.push(e.kind);
      })().catch((e: unknown) => e);
      expect(error, String(size)).toBeInstanceOf(ClickyDecodeError);
      expect(kinds, String(size)).toEqual(['group', 'item', 'item']);
    }
  });
});

describe('the problems list of a body of many wrong items', () => {
  it('lists at most MAX_PROBLEMS and says the rest were not kept, whole and item by item, and keeps the good items', async () => {
    const wrong = Array.from({ length: 5000 }, () => '0').join(',');
    const body = `[{"type":"pages","dates":[{"date":"2026-11-20","items":[${wrong},{"title":"a","value":"1"}]}]}]`;
    const whole = decode(body, { format: 'json' });
    const listed = problemsOf(whole);
    expect(listed).toHaveLength(MAX_PROBLEMS + 1);
    expect(listed[MAX_PROBLEMS]).toEqual(MORE_PROBLEMS);
    expect(listed[0]?.path).toBe('pages[0].items[0]');
    expect(whole.pages?.[0]?.items).toEqual([{ title: 'a', value: 1 }]);
    const items = decodeItems(new Blob([body]).stream(), { format: 'json' });
    const got: unknown[] = [];
    for await (const e of items) if (e.kind === 'item') got.push(e.item);
    expect(got).toEqual([{ title: 'a', value: 1 }]);
    expect(items.problems).toEqual(listed);
  });
});
