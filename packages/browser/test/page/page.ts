// The page the Chromium test loads from its own origin: it calls the emulator (another origin) with the browser
// client over CORS and by JSONP, and leaves a report on window for the test to read.
import { ClickyAbortError, createClient, createJsonpClient } from '../../src/index.ts';

declare global {
  interface Window {
    clickyTest: (emulatorUrl: string, siteId: number, sitekey: string) => Promise<unknown>;
  }
}

window.clickyTest = async (emulatorUrl, siteId, sitekey) => {
  const options = { siteId, sitekey, baseUrl: emulatorUrl, retries: { baseDelayMs: 1 } };
  const cors = createClient(options);
  const jsonp = createJsonpClient(options);
  const request = { type: ['visitors', 'pages', 'visitors-list'], date: 'last-7-days', limit: 20 } as const;
  const viaCors = await cors.stats({ ...request, type: [...request.type] });
  const viaJsonp = await jsonp.stats({ ...request, type: [...request.type] });
  // The test armed a 503 for the next countries request of each kind: both are retried.
  const retried = await cors.countries({ limit: 5 });
  const jsonpRetried = await jsonp.countries({ limit: 5 });
  const controller = new AbortController();
  const slow = cors.pages({}, { signal: controller.signal });
  setTimeout(() => controller.abort(), 20);
  const aborted = await slow.then(
    () => 'not aborted',
    (e: unknown) => (e instanceof ClickyAbortError ? 'ClickyAbortError' : String(e)),
  );
  const apiError = await createClient({ ...options, sitekey: 'wrongwrongwrong1' })
    .visitors()
    .then(
      () => 'no error',
      (e: unknown) => (e as { code?: string }).code,
    );
  const scripts = document.querySelectorAll('script[src*="json_callback"]').length;
  return {
    viaCors,
    viaJsonp,
    retried: retried[0]?.items.length,
    jsonpRetried: jsonpRetried[0]?.items.length,
    aborted,
    apiError,
    scripts,
  };
};
