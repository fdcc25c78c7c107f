// A decoder that reads only some formats (the browser client's reads json): a request for another format is a
// parameter error, thrown before anything is sent, whether the format comes from the options or the request.
import { describe, expect, it } from 'vitest';
import { createClientWith } from '../../src/client/client.ts';
import { ClickyParamError } from '../../src/errors.ts';
import { BASE, groups, recordingDecoder, SITEKEY, scriptedTransport } from './fakes.ts';

function jsonOnlyClient(output?: 'json' | 'xml') {
  const { transport, seen } = scriptedTransport(() => ({ body: groups('pages', [{ title: 'a', value: 1 }]) }));
  const decoder = { ...recordingDecoder(), formats: ['json'] as const };
  const client = createClientWith(
    { siteId: 1, sitekey: SITEKEY, baseUrl: BASE, ...(output === undefined ? {} : { output }) },
    { transport, decoder },
  );
  return { client, seen };
}

describe("the decoder's formats", () => {
  it('refuses, in createClient, an output option the decoder cannot read', () => {
    expect(() => jsonOnlyClient('xml')).toThrow(ClickyParamError);
    expect(() => jsonOnlyClient('xml')).toThrow(/\(options\.output\): this client reads json only/);
  });

  it('refuses a per-call output the decoder cannot read before sending anything', async () => {
    const { client, seen } = jsonOnlyClient();
    await expect(client.pages({ output: 'csv' })).rejects.toMatchObject({
      code: 'CLICKY_PARAM',
      problems: [{ param: 'output', rule: 'decoder', value: '"csv"' }],
    });
    await expect(client.stats({ type: 'pages', output: 'xml' })).rejects.toBeInstanceOf(ClickyParamError);
    const pages = client.paginate('pages', { output: 'php' });
    await expect(pages[Symbol.asyncIterator]().next()).rejects.toBeInstanceOf(ClickyParamError);
    expect(() => client.prepare({ type: 'pages', output: 'xml' })).toThrow(ClickyParamError);
    expect(seen.urls).toEqual([]);
  });

  it('lets through the formats it reads, and every format when it names none', async () => {
    const { client, seen } = jsonOnlyClient('json');
    expect((await client.pages())[0]?.items).toEqual([{ title: 'a', value: 1 }]);
    const { transport } = scriptedTransport(() => ({ body: groups('pages', []) }));
    const any = createClientWith(
      { siteId: 1, sitekey: SITEKEY, baseUrl: BASE, output: 'xml' },
      { transport, decoder: recordingDecoder() },
    );
    expect(await any.pages({ output: 'csv' })).toEqual([
      { date: '2024-01-01', start: '2024-01-01', end: '2024-01-01', items: [] },
    ]);
    expect(seen.urls).toHaveLength(1);
  });

  it("takes an output or app given as undefined to mean the client's", () => {
    const { client } = jsonOnlyClient('json');
    const loose = { type: 'pages', output: undefined, app: undefined } as unknown as { type: 'pages' };
    const url = new URL(client.prepare(loose).urlWithSitekey());
    expect(url.searchParams.get('output')).toBe('json');
    expect(url.searchParams.get('app')).toMatch(/^clicky-sdk\//);
  });
});
