// Error names survive minification: a minifier renames classes, and an error read from a minified bundle must
// still say ClickyParamError, not the one letter its class became.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const NAMES = [
  'ClickyError',
  'ClickyParamError',
  'DateExpressionError',
  'ClickyApiError',
  'ClickyHttpError',
  'ClickyNetworkError',
  'ClickyTimeoutError',
  'ClickyAbortError',
  'ClickyDecodeError',
];

describe('errors in a minified bundle', () => {
  it('keep their class names, and a subclass of the caller keeps its own', async () => {
    const entry = [
      `import * as sdk from ${JSON.stringify(new URL('../src/index.ts', import.meta.url).pathname)};`,
      `const made = {`,
      `  ClickyError: new sdk.ClickyError('CLICKY_NETWORK', 'm'),`,
      `  ClickyParamError: new sdk.ClickyParamError([{ param: 'p', rule: 'r', message: 'm' }]),`,
      `  DateExpressionError: new sdk.DateExpressionError('x', 'r'),`,
      `  ClickyApiError: new sdk.ClickyApiError('Invalid sitekey', 'json'),`,
      `  ClickyHttpError: new sdk.ClickyHttpError(500, 'e', ''),`,
      `  ClickyNetworkError: new sdk.ClickyNetworkError('m'),`,
      `  ClickyTimeoutError: new sdk.ClickyTimeoutError(5),`,
      `  ClickyAbortError: new sdk.ClickyAbortError(),`,
      `  ClickyDecodeError: new sdk.ClickyDecodeError('json', 'x'),`,
      `};`,
      `class MyError extends sdk.ClickyParamError {}`,
      `export const names = Object.fromEntries(Object.entries(made).map(([k, e]) => [k, e.name]));`,
      `export const own = new MyError([{ param: 'p', rule: 'r', message: 'm' }]).name;`,
    ].join('\n');
    const out = await build({
      stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'error',
    });
    const code = out.outputFiles[0]?.text ?? '';
    const mod = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as {
      names: Record<string, string>;
      own: string;
    };
    expect(mod.names).toEqual(Object.fromEntries(NAMES.map((n) => [n, n])));
    // The minifier renamed MyError too: what matters is that it is not ClickyParamError's name.
    expect(mod.own).not.toBe('ClickyParamError');
  }, 60_000);
});
