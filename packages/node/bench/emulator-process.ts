// What the Node benches share: the emulator in a process of its own (so the server's work does not share the
// client's event loop) and the median of a sample.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const benchDir = dirname(fileURLToPath(import.meta.url));

export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Starts the built emulator with 40 days of traffic on a free loopback port; `url` is its origin. */
export async function emulatorProcess(): Promise<{ url: string; stop: () => void }> {
  const cli = join(benchDir, '../../emulator/dist/cli.js');
  const child = spawn(process.execPath, [cli, '--port', '0', '--days', '40']);
  const url = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.stdout.on('data', (chunk: Uint8Array) => {
      const m = /at (http:\/\/[^/\s]+)\//.exec(new TextDecoder().decode(chunk));
      if (m?.[1]) resolve(m[1]);
    });
  });
  return { url, stop: () => child.kill() };
}
