// Streaming: PHP and CSV bodies are read as their chunks arrive, without holding the whole text.
import { ClickyApiError, ClickyDecodeError } from '@clicky-sdk/core';
import { describe, expect, it } from 'vitest';
import { PhpLayoutReader } from '../src/formats/php.ts';
import { decode, decodeStream, encode, encodeError } from '../src/index.ts';

const item = (i: number): Record<string, unknown> => ({ time: 1656520164 - i, session_id: 247859048 - i, ip_address: `24.34.${i % 256}.0`, geolocation: 'Zürich, Switzerland', custom: { username: `user${i}` } });
const big = { 'visitors-list': [{ date: '2024-10-29', start: '2024-10-29', end: '2024-10-29', items: Array.from({ length: 5000 }, (_, i) => item(i)) }] };

function chunksOf(text: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

async function* bytes(text: string, size: number): AsyncGenerator<Uint8Array> {
  const all = new TextEncoder().encode(text);
  for (let i = 0; i < all.length; i += size) yield all.slice(i, i + size);
}

describe('PHP streaming', () => {
  it('holds only a small tail of a 5,000-visitor body while reading it', () => {
    const body = encode(big, { format: 'php' });
    const reader = new PhpLayoutReader();
    for (const chunk of chunksOf(body, 16 * 1024)) reader.push(chunk);
    const read = reader.end();
    expect('wire' in read).toBe(true);
    expect(reader.maxHeld).toBeLessThan(body.length / 20);
  });

  it('decodes a stream to the same result as the whole body', async () => {
    const body = encode(big, { format: 'php' });
    expect(await decodeStream(bytes(body, 4096), { types: ['visitors-list'] })).toStrictEqual(decode(body, { types: ['visitors-list'] }));
  });

  it('gives the API error of a streamed error body, and refuses a stream that stops early', async () => {
    await expect(decodeStream(bytes(encodeError('Invalid sitekey.', 'php'), 3))).rejects.toThrow(ClickyApiError);
    const body = encode(big, { format: 'php' });
    await expect(decodeStream(bytes(body.slice(0, body.length - 100), 1000), { format: 'php' })).rejects.toThrow(ClickyDecodeError);
    await expect(decodeStream(bytes(`${body}junk`, 1000), { format: 'php' })).rejects.toThrow(ClickyDecodeError);
  });
});

describe('CSV streaming', () => {
  it('decodes a stream to the same result as the whole body', async () => {
    const body = encode(big, { format: 'csv' });
    expect(await decodeStream(bytes(body, 777), { types: ['visitors-list'] })).toStrictEqual(decode(body, { types: ['visitors-list'] }));
  });
});
