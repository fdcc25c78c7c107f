// Run by `deno test`: the Deno package, loaded from its TypeScript sources as JSR serves it, against the
// emulator (a Node package, run through Deno's Node compatibility).
import assert from 'node:assert/strict';
import { DEMO_SITE, startEmulator } from '@clicky-sdk/emulator';
import { ClickyAbortError, ClickyHttpError, ClickyParamError, createClient } from '../../src/index.ts';

const site = { siteId: DEMO_SITE.id, sitekey: DEMO_SITE.sitekey };

Deno.test('stats, per-type methods, formats alike and the gate on Deno', async () => {
  const emu = await startEmulator({ seed: 5 });
  try {
    const clicky = createClient({ ...site, baseUrl: emu.url });
    const r = await clicky.stats({ type: ['visitors', 'pages'], date: 'last-7-days', daily: true });
    assert.deepEqual(Object.keys(r).sort(), ['pages', 'visitors']);
    assert.equal(r.visitors.length, 7);
    assert.equal(typeof r.visitors[0]?.items[0]?.value, 'number');
    const json = await clicky.countries({ date: 'last-7-days', limit: 20 });
    for (const output of ['xml', 'php', 'csv'] as const) {
      const other = createClient({ ...site, baseUrl: emu.url, output });
      assert.deepEqual(await other.countries({ date: 'last-7-days', limit: 20 }), json);
    }
    const calls = Array.from({ length: 20 }, () => clicky.visitorsList({ limit: 5 }));
    assert.ok((await Promise.all(calls)).every((g) => g[0]?.items.length === 5));
    assert.equal(emu.stats().maxRestrictedPerSite[String(DEMO_SITE.id)], 1);
    let n = 0;
    for await (const _ of clicky.paginate('visitors-list', { date: 'last-35-days' })) n++;
    assert.ok(n > 1000, `paginated ${n}`);
  } finally {
    await emu.close();
  }
});

Deno.test('faults and aborts on Deno', async () => {
  const emu = await startEmulator({ seed: 5 });
  try {
    emu.faults.add({ status: 503, times: 1 });
    emu.faults.add({ reset: 'before-response', times: 1 });
    const clicky = createClient({ ...site, baseUrl: emu.url, retries: { baseDelayMs: 1 } });
    assert.equal((await clicky.pages({ limit: 3 }))[0]?.items.length, 3);
    emu.faults.add({ latencyMs: 2000 });
    const controller = new AbortController();
    const call = clicky.visitors({}, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await assert.rejects(call, ClickyAbortError);
    assert.throws(() => createClient({ siteId: 0, sitekey: 'x' }), ClickyParamError);
  } finally {
    await emu.close();
  }
});

Deno.test('a redirect is not followed on Deno: the sitekey in its query reaches no other origin', async () => {
  let elsewhereHits = 0;
  const elsewhere = Deno.serve({ hostname: '127.0.0.1', port: 0, onListen() {} }, () => {
    elsewhereHits++;
    return new Response('[]');
  });
  const target = `http://127.0.0.1:${elsewhere.addr.port}`;
  let originHits = 0;
  const origin = Deno.serve({ hostname: '127.0.0.1', port: 0, onListen() {} }, (req) => {
    originHits++;
    return Response.redirect(`${target}/api/stats/4${new URL(req.url).search}`, 302);
  });
  try {
    const clicky = createClient({ ...site, baseUrl: `http://127.0.0.1:${origin.addr.port}`, retries: 3 });
    await assert.rejects(clicky.pages(), (e: unknown) => e instanceof ClickyHttpError && e.status === 302);
    assert.equal(originHits, 1);
    assert.equal(elsewhereHits, 0);
  } finally {
    await origin.shutdown();
    await elsewhere.shutdown();
  }
});
