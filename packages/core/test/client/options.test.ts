// createClient's options and a call's: a name the client does not know is refused with the nearest known name
// (JavaScript callers and spread configs get no compile error), and a runtime package's own options pass.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createClientWith } from '../../src/client/client.ts';
import type { ClientOptions } from '../../src/client/options.ts';
import { ClickyParamError, type ParamProblem } from '../../src/errors.ts';
import { BASE, groups, makeClient, recordingDecoder, SITEKEY, scriptedTransport } from './fakes.ts';

const site = { siteId: 1, sitekey: SITEKEY, baseUrl: BASE };

function problemsOf(options: Record<string, unknown>, optionNames?: readonly string[]): readonly ParamProblem[] {
  const { transport } = scriptedTransport(() => ({ body: '{}' }));
  try {
    createClientWith(options as unknown as ClientOptions, {
      transport,
      decoder: recordingDecoder(),
      ...(optionNames === undefined ? {} : { optionNames }),
    });
  } catch (e) {
    if (e instanceof ClickyParamError) return e.problems;
    throw e;
  }
  return [];
}

describe('unknown options', () => {
  it.each([
    ['timeout', 'timeoutMs'],
    ['siteKey', 'sitekey'],
    ['site_id', 'siteId'],
    ['baseURL', 'baseUrl'],
    ['retry', 'retries'],
    ['maxRetries', 'retries'],
    ['apiKey', 'sitekey'],
    ['timezone', 'timeZone'],
  ])('%s is refused, naming %s', (given, meant) => {
    expect(problemsOf({ ...site, [given]: 5 })).toEqual([
      {
        param: `(options.${given})`,
        rule: 'unknown',
        message: `is not an option of createClient (did you mean ${meant}?)`,
      },
    ]);
  });

  it('names nothing when no option is near, and reports every unknown option with the other problems', () => {
    const problems = problemsOf({ siteId: 0, sitekey: SITEKEY, colour: 'red', dispatcher: {} });
    expect(problems.map((p) => [p.param, p.rule, p.message])).toEqual([
      ['(options.colour)', 'unknown', 'is not an option of createClient'],
      ['(options.dispatcher)', 'unknown', 'is not an option of createClient'],
      ['(options.siteId)', 'option', 'must be a positive whole number'],
    ]);
  });

  it("accepts the runtime package's own options, and an unknown option left undefined", () => {
    expect(problemsOf({ ...site, dispatcher: {} }, ['dispatcher'])).toEqual([]);
    expect(problemsOf({ ...site, timeout: undefined })).toEqual([]);
  });

  it('refuses an unknown field of a retry policy', () => {
    expect(problemsOf({ ...site, retries: { retries: 2, maxDelay: 100 } })).toEqual([
      {
        param: '(options.retries.maxDelay)',
        rule: 'unknown',
        message: 'is not part of a retry policy (did you mean maxDelayMs?)',
      },
    ]);
  });

  it('accepts every documented option together', () => {
    const every: Required<ClientOptions> = {
      ...site,
      output: 'xml',
      retries: { retries: 1, baseDelayMs: 1, maxDelayMs: 2, maxRetryAfterMs: 3 },
      timeoutMs: 5,
      signal: new AbortController().signal,
      logger: () => {},
      app: 'x',
      plan: 'pro',
      timeZone: 'Europe/Berlin',
      concurrency: 2,
      maxBodyBytes: 10,
      strict: true,
    };
    expect(problemsOf(every)).toEqual([]);
  });

  it('refuses a strict that is not a boolean, and says what it takes', () => {
    expect(problemsOf({ ...site, strict: 'yes' as unknown as boolean })).toEqual([
      { param: '(options.strict)', rule: 'option', message: 'must be true or false' },
    ]);
    expect(problemsOf({ ...site, stric: true } as never)).toEqual([
      { param: '(options.stric)', rule: 'unknown', message: 'is not an option of createClient (did you mean strict?)' },
    ]);
  });

  it('shows a long unknown name cut short', () => {
    const [problem] = problemsOf({ ...site, ['x'.repeat(100_000)]: 1 });
    expect(problem?.param).toBe(`(options.${'x'.repeat(61)}...)`);
  });

  it('never throws anything but ClickyParamError for any extra key', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.anything(), (name, value) => {
        const problems = problemsOf({ ...site, [name]: value });
        return problems.every((p) => p.rule === 'unknown' || p.rule === 'option');
      }),
    );
  });
});

describe("a call's options", () => {
  it('refuses an unknown name, a bad timeout or signal, before sending anything', async () => {
    const { client, seen } = makeClient(() => ({ body: groups('visitors', [{ value: 1 }]) }));
    await expect(client.visitors({}, { timeout: 5 } as never)).rejects.toMatchObject({
      code: 'CLICKY_PARAM',
      problems: [
        {
          param: '(call.timeout)',
          rule: 'unknown',
          message: 'is not an option of a call (signal, timeoutMs); did you mean timeoutMs?',
        },
      ],
    });
    await expect(client.stats({ type: 'visitors' }, { timeoutMs: -1 })).rejects.toMatchObject({
      problems: [{ param: '(call.timeoutMs)', rule: 'option' }],
    });
    await expect(client.visitors({}, { signal: 'stop' } as never)).rejects.toMatchObject({
      problems: [{ param: '(call.signal)', rule: 'option' }],
    });
    await expect(client.visitors({}, null as never)).rejects.toBeInstanceOf(ClickyParamError);
    expect(seen.urls).toEqual([]);
  });

  it('takes a signal and a timeout', async () => {
    const { client, seen } = makeClient(() => ({ body: groups('visitors', [{ value: 1 }]) }));
    const groupsGot = await client.visitors({}, { signal: new AbortController().signal, timeoutMs: 1000 });
    expect(groupsGot[0]?.items).toEqual([{ value: 1 }]);
    expect(seen.urls).toHaveLength(1);
  });
});
