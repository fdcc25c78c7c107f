// The JSONP transport over a scripted document: each call's global callback is gone once its script has run or
// failed (a page making calls for hours must not gather one global per call), a late or repeated call of an
// aborted one does nothing, and a request's own json_callback or json_var is refused instead of being sent
// next to the client's.
import { ClickyAbortError, ClickyParamError } from '@clicky-sdk/core';
import { describe, expect, it } from 'vitest';
import { createJsonpClient } from '../src/index.ts';

type Behaviour = 'answer' | 'answer-twice' | 'html' | 'fail' | 'hang';

interface FakeScript {
  src: string;
  async: boolean;
  onload: (() => void) | null;
  onerror: (() => void) | null;
  remove(): void;
}

/** A document whose scripts answer as `behave` says, a tick after they are added; `pending` holds the hung ones. */
function scriptedDocument(behave: () => Behaviour) {
  const pending: (() => void)[] = [];
  const added: string[] = [];
  const doc = {
    createElement: (): FakeScript => ({ src: '', async: false, onload: null, onerror: null, remove() {} }),
    head: {
      appendChild(script: FakeScript) {
        added.push(script.src);
        const name = /json_callback=([\w$]+)/.exec(script.src)?.[1] ?? '';
        const callback = () => (globalThis as Record<string, unknown>)[name] as (data: unknown) => void;
        const answer = [{ type: 'pages', dates: [{ date: '2024-01-01', items: [] }] }];
        const run = (how: Behaviour): void => {
          if (how === 'fail') {
            script.onerror?.();
            return;
          }
          if (how !== 'html') callback()(answer);
          if (how === 'answer-twice') callback()(answer);
          script.onload?.();
        };
        const how = behave();
        if (how === 'hang') pending.push(() => run('answer'));
        else setTimeout(() => run(how), 0);
        return script;
      },
    },
  };
  return { doc: doc as unknown as Document, pending, added };
}

const globals = (): string[] => Object.keys(globalThis).filter((k) => k.startsWith('__clickyJsonp'));

const client = (doc: Document, retries = 0) =>
  createJsonpClient({
    siteId: 1,
    sitekey: 'abcdef0123456789',
    baseUrl: 'http://127.0.0.1:9',
    document: doc,
    retries: { retries, baseDelayMs: 1 },
  });

describe('the JSONP transport', () => {
  it('leaves no global behind after answers, repeated calls, HTML pages and failed scripts', async () => {
    const ways: Behaviour[] = ['answer', 'answer-twice', 'html', 'fail'];
    let n = 0;
    const { doc } = scriptedDocument(() => ways[n++ % ways.length] as Behaviour);
    const c = client(doc);
    for (let i = 0; i < 200; i++) await c.pages().catch(() => undefined);
    expect(globals()).toEqual([]);
  });

  it('gives an aborted call a callback that does nothing, removed once its script has run', async () => {
    const { doc, pending } = scriptedDocument(() => 'hang');
    const stop = new AbortController();
    const call = client(doc).pages({}, { signal: stop.signal });
    await new Promise((r) => setTimeout(r, 5));
    stop.abort();
    await expect(call).rejects.toBeInstanceOf(ClickyAbortError);
    expect(globals()).toHaveLength(1);
    for (const late of pending) late();
    expect(globals()).toEqual([]);
  });

  it("refuses a request's own json_callback or json_var, adding no script", async () => {
    const { doc, added } = scriptedDocument(() => 'answer');
    const c = client(doc, 3);
    await expect(c.pages({ json_callback: 'mine' })).rejects.toBeInstanceOf(ClickyParamError);
    await expect(c.pages({ json_var: 'answer' })).rejects.toBeInstanceOf(ClickyParamError);
    expect(added).toEqual([]);
  });
});
