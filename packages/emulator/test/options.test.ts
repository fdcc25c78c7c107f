// startEmulator refuses bad options with an error naming each one.
import { describe, expect, it } from 'vitest';
import { type EmulatorOptions, startEmulator } from '../src/index.ts';

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
    await expect(startEmulator({ sites: [{ id: 1, sitekey: 'secret-key-with-dash' }] })).rejects.not.toThrow(
      /secret-key/,
    );
  });
});
