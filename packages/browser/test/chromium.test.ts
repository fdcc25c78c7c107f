// Headless Chromium loads a page from one origin that uses the browser package against the emulator on another
// origin: over CORS with fetch, and by JSONP. Results must equal the Node client's for the same request.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_SITE, type Emulator, startEmulator } from '@clicky-sdk/emulator';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../src/index.ts';
import { chromiumAvailable, launchChromium } from './headless-chromium.ts';

const here = dirname(fileURLToPath(import.meta.url));
const available = chromiumAvailable;

let emu: Emulator;
let page: Server;
let pageUrl: string;
let browser: Browser;

beforeAll(async () => {
  if (!available) return;
  emu = await startEmulator({ seed: 9 });
  const bundle = await build({
    entryPoints: [join(here, 'page/page.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'error',
  });
  const script = bundle.outputFiles[0]?.text ?? '';
  page = createServer((req, res) => {
    if (req.url === '/page.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(script);
    } else {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>clicky-sdk browser test</title><script src="/page.js"></script>');
    }
  });
  await new Promise<void>((r) => page.listen(0, '127.0.0.1', r));
  // localhost vs 127.0.0.1: a different origin from the emulator's, so fetch goes through CORS.
  pageUrl = `http://localhost:${(page.address() as AddressInfo).port}/`;
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await emu?.close();
  await new Promise((r) => (page ? page.close(r) : r(undefined)));
});

describe.skipIf(!available)('the browser package in headless Chromium', () => {
  it('answers over CORS and by JSONP as the Node client does, retries, aborts and reports API errors', async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(pageUrl);
    expect(new URL(tab.url()).origin).not.toBe(new URL(emu.url).origin);
    emu.faults.add({
      status: 503,
      times: 1,
      match: { type: 'countries', output: 'json', query: /^(?!.*json_callback)/ },
    });
    emu.faults.add({ status: 503, times: 1, match: { type: 'countries', query: /json_callback/ } });
    emu.faults.add({ latencyMs: 1000, match: { type: 'pages', query: /^(?!.*limit)/ } });
    const report = (await tab.evaluate(
      ([url, id, key]) => window.clickyTest(url as string, id as number, key as string),
      [emu.url, DEMO_SITE.id, DEMO_SITE.sitekey],
    )) as Record<string, unknown>;
    const node = await createClient({ siteId: DEMO_SITE.id, sitekey: DEMO_SITE.sitekey, baseUrl: emu.url }).stats({
      type: ['visitors', 'pages', 'visitors-list'],
      date: 'last-7-days',
      limit: 20,
    });
    expect(report.viaCors).toEqual(node);
    expect(report.viaJsonp).toEqual(node);
    expect(report.retried).toBe(5);
    expect(report.jsonpRetried).toBe(5);
    expect(report.aborted).toBe('ClickyAbortError');
    expect(report.apiError).toBe('CLICKY_API');
    expect(report.scripts).toBe(0);
    expect(errors).toEqual([]);
    expect(emu.stats().byStatus[503]).toBe(2);
  }, 60_000);
});
