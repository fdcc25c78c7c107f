// Shared by the emulator tests: a running emulator and ways to ask it things, through fetch or raw bytes.
import { connect } from 'node:net';
import { DEMO_SITE, type Emulator, type EmulatorOptions, startEmulator } from '../src/index.ts';

export const TODAY = '2024-10-29';

export async function withEmulator<T>(
  options: EmulatorOptions,
  run: (emu: Emulator, get: (query: string) => Promise<Response>) => Promise<T>,
): Promise<T> {
  const emu = await startEmulator({ today: TODAY, days: 120, ...options });
  const get = (query: string): Promise<Response> =>
    fetch(`${emu.url}/api/stats/4?site_id=${DEMO_SITE.id}&sitekey=${DEMO_SITE.sitekey}&${query}`);
  try {
    return await run(emu, get);
  } finally {
    await emu.close();
  }
}

export interface RawReply {
  /** The status of the first response, or 0 when the connection closed without one. */
  readonly status: number;
  /** The first response's body (after the blank line), as far as it came. */
  readonly body: string;
  /** Everything the server sent. */
  readonly raw: string;
}

/** Sends `request` as raw bytes to 127.0.0.1:`port` and collects what comes back until the server closes the
 * connection or `timeoutMs` passes. */
export function rawRequest(port: number, request: string | Uint8Array, timeoutMs = 5000): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = (): void => {
      clearTimeout(timer);
      socket.destroy();
      const raw = Buffer.concat(chunks).toString('utf8');
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(raw)?.[1] ?? 0);
      const headerEnd = raw.indexOf('\r\n\r\n');
      resolve({ status, body: headerEnd < 0 ? '' : raw.slice(headerEnd + 4), raw });
    };
    const timer = setTimeout(done, timeoutMs);
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('end', done);
    socket.on('close', done);
    socket.on('error', (e) => (chunks.length > 0 ? done() : reject(e)));
    socket.write(request);
  });
}
