// Browser entry: bundled by run-all.ts (from the sources) and run in headless Chromium.
import { runChecks } from './checks.ts';

(globalThis as { clickyReport?: Promise<unknown> }).clickyReport = runChecks(
  `chromium ${navigator.userAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? ''}`,
);
