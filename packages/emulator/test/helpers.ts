// Shared by the emulator tests: a running emulator and a way to ask it things.
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
