// startEmulator refuses bad options with one ClickyParamError naming each bad option, sitekeys by rule only.
import { ClickyParamError } from '@clicky-sdk/core';
import { describe, expect, it } from 'vitest';
import { type EmulatorOptions, startEmulator } from '../src/index.ts';

/** The error startEmulator rejects with, which must be a ClickyParamError. */
async function refusal(options: unknown): Promise<ClickyParamError> {
  const error = await startEmulator(options as EmulatorOptions).then(
    (emu) => emu.close().then(() => undefined),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ClickyParamError);
  return error as ClickyParamError;
}

describe('emulator options', () => {
  it.each([
    [{ port: 70000 }, /port: must be a whole number from 0 to 65535/],
    [{ today: '2023-02-29' }, /today: invalid date "2023-02-29"/],
    [{ today: 'last-7-days' }, /today: must be one day/],
    [{ days: 0 }, /days: must be a whole number from 1 to 3660/],
    [{ sites: [] }, /sites: must list at least one site/],
    [{ sites: [{ id: 1, sitekey: 'short' }] }, /sites\[0\]\.sitekey: must be 12-16 letters and digits/],
    [
      {
        sites: [
          { id: 1, sitekey: 'abcdefabcdef12' },
          { id: 1, sitekey: 'abcdefabcdef13' },
        ],
      },
      /sites\[1\]\.id: 1 is listed twice/,
    ],
    [
      { sites: [{ id: 1, sitekey: 'abcdefabcdef12', plan: 'gold' as never }] },
      /sites\[0\]\.plan: must be one of free, premium, pro/,
    ],
    [
      { sites: [{ id: 1, sitekey: 'abcdefabcdef12', timeZone: 'Mars/Olympus' }] },
      /sites\[0\]\.timeZone: "Mars\/Olympus" is not an IANA time zone/,
    ],
  ] as [EmulatorOptions, RegExp][])('%j', async (options, message) => {
    await expect(startEmulator(options)).rejects.toThrow(message);
  });

  it('never puts a sitekey in the error', async () => {
    const error = await refusal({ sites: [{ id: 1, sitekey: 'secret-key-with-dash' }] });
    expect(error.problems).toEqual([
      { param: 'sites[0].sitekey', rule: 'pattern', message: 'must be 12-16 letters and digits' },
    ]);
    expect(`${error.message} ${JSON.stringify(error.problems)}`).not.toMatch(/secret-key/);
  });

  it('names every bad option in one error, one problem each', async () => {
    const error = await refusal({
      port: -1,
      seed: 1.5,
      sede: 3,
      host: '',
      now: -4,
      today: ' 2024-01-01',
      faults: 'none',
      sites: [{ id: 0, sitekey: 'abcdefabcdef12', visitorsPerDay: 0, concurrency: 0, region: 'eu' }, 7],
    });
    expect(error.problems.map((p) => p.param).sort()).toEqual(
      [
        'faults',
        'host',
        'now',
        'port',
        'sede',
        'seed',
        'sites[0].concurrency',
        'sites[0].id',
        'sites[0].region',
        'sites[0].visitorsPerDay',
        'sites[1]',
        'today',
      ].sort(),
    );
  });

  it.each([null, 5, 'port=1', []])('refuses options that are not an object (%j)', async (options) => {
    const error = await refusal(options);
    expect(error.problems).toEqual([{ param: 'options', rule: 'kind', message: 'must be an object' }]);
  });
});
