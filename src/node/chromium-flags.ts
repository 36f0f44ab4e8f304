/**
 * The flags every headless Chromium of the project starts with (PDF export, tests,
 * benchmarks). The machines are offline: without the background-networking,
 * component-update and sync switches Chromium keeps trying to reach Google.
 * --no-sandbox because CI runs as root, where Chromium's own sandbox refuses to start.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
