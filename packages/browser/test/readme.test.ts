// The README's examples run in headless Chromium against the emulator, bundled as a page would bundle them: the
// fetch client (over CORS, the page on another origin) and the JSONP client. Each gets the emulator's baseUrl
// (pointAtEmulator) and reports what it read on `window`.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@clicky-sdk/emulator';
import { fencedBlocks, pointAtEmulator } from '@clicky-sdk/lint/readme-examples';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { chromiumAvailable, launchChromium } from './headless-chromium.ts';

const here = dirname(fileURLToPath(import.meta.url));
const available = chromiumAvailable;

describe.skipIf(!available)("the README's examples in headless Chromium", () => {
  it('the fetch client and the JSONP client answer as the README shows', async () => {
    const readme = await readFile(join(here, '../README.md'), 'utf8');
    const blocks = fencedBlocks(readme, 'ts');
    const fetchExample = blocks.find((b) => b.includes('createClient({ siteId'));
    const jsonpExample = blocks.find((b) => b.includes('createJsonpClient('));
    expect(fetchExample).toBeDefined();
    expect(jsonpExample).toBeDefined();
    const emu = await startEmulator({ seed: 6, days: 30 });
    const scripts = new Map<string, string>();
    for (const [name, code, report] of [
      ['fetch', fetchExample, 'r.visitors[0].items[0].value'],
      ['jsonp', jsonpExample, 'pages[0].items.length'],
    ] as const) {
      const bundle = await build({
        stdin: {
          contents: `${pointAtEmulator(code ?? '', emu.url)}\n(window as any).__readme = ${report};\n`,
          loader: 'ts',
          resolveDir: join(here, '..'),
        },
        alias: { '@clicky-sdk/browser': join(here, '../src/index.ts') },
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'browser',
        target: 'es2022',
        logLevel: 'error',
      });
      scripts.set(`/${name}.js`, bundle.outputFiles[0]?.text ?? '');
    }
    const server = createServer((req, res) => {
      const script = scripts.get(req.url ?? '');
      res.writeHead(200, { 'content-type': script === undefined ? 'text/html' : 'text/javascript' });
      res.end(script ?? `<!doctype html><script type="module" src="${req.url?.slice(1)}.js"></script>`);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
    const browser = await launchChromium();
    try {
      for (const name of ['fetch', 'jsonp']) {
        const tab = await browser.newPage();
        const errors: string[] = [];
        tab.on('pageerror', (e) => errors.push(e.message));
        await tab.goto(`${origin}/${name}`);
        const value = await tab.waitForFunction(() => (window as { __readme?: number }).__readme, undefined, {
          timeout: 30_000,
        });
        expect(await value.jsonValue(), name).toBeGreaterThan(0);
        expect(errors, name).toEqual([]);
      }
    } finally {
      await browser.close();
      await new Promise((r) => server.close(r));
      await emu.close();
    }
  }, 120_000);
});
