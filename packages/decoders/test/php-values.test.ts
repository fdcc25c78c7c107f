// The serialized-PHP reader on its own: byte lengths, lists vs maps, and everything it must refuse.
import { ClickyDecodeError } from '@clicky-sdk/core';
import { describe, expect, it } from 'vitest';
import { phpSerialize, phpUnserialize } from '../src/index.ts';

describe('reading PHP values', () => {
  it.each([
    ['N;', null],
    ['b:1;', true],
    ['b:0;', false],
    ['i:-42;', -42],
    ['d:0.5;', 0.5],
    ['d:-1.5E+25;', -1.5e25],
    ['d:INF;', Infinity],
    ['s:0:"";', ''],
    ['s:5:"a"b;c";', 'a"b;c'],
    ['s:2:"é";', 'é'],
    ['s:4:"😀";', '😀'],
    ['s:8:"a😀中";', 'a😀中'],
    ['a:0:{}', []],
    ['a:2:{i:0;s:1:"a";i:1;s:1:"b";}', ['a', 'b']],
    ['a:2:{i:1;s:1:"a";i:0;s:1:"b";}', { 1: 'a', 0: 'b' }],
    ['a:2:{s:1:"x";i:1;s:1:"y";a:1:{i:0;N;}}', { x: 1, y: [null] }],
  ] as const)('%s', (body, value) => {
    expect(phpUnserialize(body)).toEqual(value);
  });

  it('counts string lengths in UTF-8 bytes, not UTF-16 units', () => {
    expect(phpUnserialize('a:1:{s:4:"name";s:7:"Zürich";}')).toEqual({ name: 'Zürich' });
    expect(() => phpUnserialize('s:6:"Zürich";')).toThrow(ClickyDecodeError); // 6 units but 7 bytes
    expect(() => phpUnserialize('s:2:"😀";')).toThrow(/ends between characters|closing/);
  });

  it('writes what it reads, and what PHP would write', () => {
    const value = { type: { '2024-10-29': [{ title: 'Zürich 😀', value: '12' }] }, list: [1, 2.5, true, null] };
    const text = phpSerialize(value);
    expect(text).toBe(
      'a:2:{s:4:"type";a:1:{s:10:"2024-10-29";a:1:{i:0;a:2:{s:5:"title";s:12:"Zürich 😀";s:5:"value";s:2:"12";}}}s:4:"list";a:4:{i:0;i:1;i:1;d:2.5;i:2;b:1;i:3;N;}}',
    );
    expect(phpUnserialize(text)).toEqual(value);
  });

  it.each([
    ['O:8:"stdClass":1:{s:1:"a";s:1:"b";}', /PHP objects are refused/],
    ['C:11:"ArrayObject":21:{x:i:0;a:0:{};m:a:0:{}}', /PHP objects are refused/],
    ['a:1:{i:0;O:8:"stdClass":0:{}}', /PHP objects are refused/],
    ['E:7:"Foo:Bar";', /enums are refused/],
    ['a:2:{i:0;s:1:"a";i:1;r:2;}', /references are refused/],
    ['a:2:{i:0;s:1:"a";i:1;R:2;}', /references are refused/],
    ['s:999999999:"abc";', /a string of 999999999 bytes/],
    ['a:999999999:{i:0;N;}', /room for 999999999 elements/],
    ['a:-1:{}', /room for -1 elements/],
    ['s:3:"ab";', /closing/],
    ['i:12', /integer ending in ;/],
    ['b:2;', /b:0; or b:1;/],
    ['d:1e;', /a float/],
    ['x:1;', /a PHP value/],
    ['N;N;', /the end of the body/],
    ['', /a value tag/],
    ['a:1:{d:1.5;N;}', /an integer or string key/],
  ])('refuses %s', (body, message) => {
    expect(() => phpUnserialize(body)).toThrow(ClickyDecodeError);
    expect(() => phpUnserialize(body)).toThrow(message);
  });

  it('reads integers beyond ±2^53 as their exact digits, and keeps those within as numbers', () => {
    expect(phpUnserialize('i:99999999999999999999;')).toBe('99999999999999999999');
    expect(phpUnserialize('a:1:{i:12345678901234567890;b:1;}')).toEqual({ '12345678901234567890': true });
    expect(phpUnserialize('i:-9007199254740991;')).toBe(-9007199254740991);
    expect(phpUnserialize('i:-0;')).toBe(0);
  });

  it('refuses nesting deeper than the limit without exhausting the stack', () => {
    const depth = 100_000;
    const body = `${'a:1:{i:0;'.repeat(depth)}N;${'}'.repeat(depth)}`;
    expect(() => phpUnserialize(body)).toThrow(/nesting no deeper than 64/);
    // 64 levels are allowed: a list holding a list ... holding null.
    let deepest = phpUnserialize(`${'a:1:{i:0;'.repeat(64)}N;${'}'.repeat(64)}`);
    for (let level = 0; level < 64; level++) {
      expect(deepest).toHaveLength(1);
      deepest = (deepest as unknown[])[0] as never;
    }
    expect(deepest).toBeNull();
  });

  it('keeps __proto__ and constructor keys as plain data', () => {
    const value = phpUnserialize(
      'a:2:{s:9:"__proto__";a:1:{s:8:"polluted";b:1;}s:11:"constructor";s:1:"x";}',
    ) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((value as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
