// Whatever a caller aborts with (the reason is theirs: any value at all), the call rejects with ClickyAbortError,
// its cause a bounded, redacted copy. A reason that cannot be read used to escape as a TypeError instead.
import { describe, expect, it } from 'vitest';
import { ClickyAbortError } from '../../src/errors.ts';
import { redactDeep } from '../../src/redact.ts';
import { makeClient } from './fakes.ts';

const revoked = (): object => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
};

const circular = (): object => {
  const o: Record<string, unknown> = { name: 'loop' };
  o.self = o;
  return o;
};

const reasons: [string, () => unknown][] = [
  ['a revoked Proxy', revoked],
  [
    'an object whose getter throws',
    () => ({
      get detail(): string {
        throw new Error('no');
      },
    }),
  ],
  [
    'an Error whose message throws when read',
    () =>
      Object.defineProperty(new Error('x'), 'message', {
        get() {
          throw new Error('no');
        },
      }),
  ],
  ['a circular object', circular],
  ['a million-entry array', () => new Array(1_000_000).fill('x')],
  ['a Symbol', () => Symbol('stop')],
];

describe('an abort reason', () => {
  it.each(reasons)('%s: ClickyAbortError, in flight and before the call', async (_label, make) => {
    const before = new AbortController();
    before.abort(make());
    const { client } = makeClient(() => 'hang');
    await expect(client.pages({}, { signal: before.signal })).rejects.toBeInstanceOf(ClickyAbortError);
    const during = new AbortController();
    const call = client.visitorsList({}, { signal: during.signal });
    setTimeout(() => during.abort(make()), 5);
    await expect(call).rejects.toBeInstanceOf(ClickyAbortError);
  });

  it('is copied bounded: a huge array keeps its first hundred entries', () => {
    expect((redactDeep(new Array(1_000_000).fill('x')) as unknown[]).length).toBe(100);
    expect(redactDeep(revoked())).toBe('[unreadable]');
    const deep = redactDeep(circular()) as Record<string, unknown>;
    expect(deep.name).toBe('loop');
  });
});
