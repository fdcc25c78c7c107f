// Syntax checks of the spec's formats, against an independent oracle where the input is open-ended.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ClickyParamError, validateRequest } from '../src/index.ts';

/** Whether validation takes `ip` as an ip_address filter. */
function isAccepted(ip: string): boolean {
  try {
    validateRequest(
      { site_id: 1, sitekey: 'f00dfacecafe1234', type: 'visitors-list', ip_address: ip },
      { today: '2024-10-29' },
    );
    return true;
  } catch (e) {
    if (!(e instanceof ClickyParamError)) throw e;
    return false;
  }
}

/** RFC 4291 text forms, checked by splitting: the oracle the URL-based check must agree with. */
function ipv6Oracle(s: string): boolean {
  if (s.length > 45 || !/^[0-9A-Fa-f:.]+$/.test(s)) return false;
  const halves = s.split('::');
  if (halves.length > 2) return false;
  const groups = (h: string): string[] => (h === '' ? [] : h.split(':'));
  const all = [...groups(halves[0] ?? ''), ...(halves.length === 2 ? groups(halves[1] ?? '') : [])];
  let count = all.length;
  const last = all[all.length - 1];
  if (last?.includes('.')) {
    const parts = last.split('.');
    if (parts.length !== 4 || !parts.every((p) => /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(p))) return false;
    all.pop();
    count += 1;
  }
  if (!all.every((g) => /^[0-9A-Fa-f]{1,4}$/.test(g))) return false;
  return halves.length === 2 ? count < 8 : count === 8;
}

describe('an IPv6 ip_address filter', () => {
  it.each([
    ['2001:db8::ff00:42:8329', true],
    ['::ffff:192.0.2.128', true],
    ['::', true],
    ['1:2:3:4:5:6:7:8', true],
    ['1:2:3:4:5:6:7:8:9', false],
    ['1::2::3', false],
    ['12345::1', false],
    ['::ffff:01.2.3.4', false],
    ['::1]/x[', false],
  ])('%j -> %s', (s, expected) => {
    expect(isAccepted(s)).toBe(expected);
  });

  it('agrees with the RFC 4291 oracle on any string of hex digits, colons and dots', () => {
    const piece = fc.constantFrom('', ':', '::', '.', '0', '1', 'f', 'ffff', 'abcd', '12345', '255', '256', '01');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const s = pieces.join('');
        fc.pre(s.includes(':'));
        expect(isAccepted(s)).toBe(ipv6Oracle(s));
      }),
      { numRuns: 3000 },
    );
  });
});
