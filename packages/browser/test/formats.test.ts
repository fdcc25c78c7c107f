// The browser client decodes json only: any other format, from the options or a request, is refused before a
// request goes out; the decoders package's decode, given as `decoder`, reads the others.

import { decode } from '@clicky-sdk/decoders';
import { DEMO_SITE, startEmulator } from '@clicky-sdk/emulator';
import { describe, expect, it } from 'vitest';
import {
  ClickyParamError,
  type ClientOptions,
  createClient,
  createJsonpClient,
  type JsonpOptions,
} from '../src/index.ts';

const site = { siteId: DEMO_SITE.id, sitekey: DEMO_SITE.sitekey, baseUrl: 'http://127.0.0.1:9' };

describe('formats the browser client reads', () => {
  it('refuses a non-json output in createClient, naming the option', () => {
    expect(() => createClient({ ...site, output: 'xml' })).toThrow(ClickyParamError);
    expect(() => createClient({ ...site, output: 'xml' })).toThrow(/options\.output/);
    // The JSONP client's options can be written down as a type of their own (JsonpOptions is exported).
    const jsonp: ClientOptions & JsonpOptions = { ...site, output: 'csv' };
    expect(() => createJsonpClient(jsonp)).toThrow(ClickyParamError);
  });

  it("takes fetch and decoder, and refuses the Node client's dispatcher", () => {
    expect(() => createClient({ ...site, dispatcher: {} } as never)).toThrow(
      /\(options\.dispatcher\): is not an option/,
    );
    expect(() => createJsonpClient({ ...site, fetch } as never)).toThrow(/\(options\.fetch\): is not an option/);
  });

  it('refuses a non-json output in a request without sending it', async () => {
    const sent: string[] = [];
    const clicky = createClient({
      ...site,
      fetch: async (url) => {
        sent.push(url);
        throw new Error('no request should be sent');
      },
    });
    await expect(clicky.pages({ output: 'csv' })).rejects.toMatchObject({
      code: 'CLICKY_PARAM',
      problems: [{ param: 'output', rule: 'decoder' }],
    });
    await expect(clicky.stats({ type: 'visitors', output: 'php' })).rejects.toBeInstanceOf(ClickyParamError);
    expect(sent).toEqual([]);
  });

  it("reads xml with the decoders package's decode, as the README shows", async () => {
    const emu = await startEmulator({ seed: 3 });
    try {
      const options = { ...site, baseUrl: emu.url };
      const xml = createClient({ ...options, output: 'xml', decoder: { decode } });
      const json = createClient(options);
      const [a, b] = [await xml.pages({ limit: 5 }), await json.pages({ limit: 5 })];
      expect(a[0]?.items.length).toBe(5);
      expect(a).toEqual(b);
    } finally {
      await emu.close();
    }
  }, 30_000);
});
