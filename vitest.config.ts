import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // Vitest's default is one worker fewer than the cores: a single worker on the two-core CI
    // machine. Many files wait on LibreOffice, Chromium or a CLI child process, so a worker per
    // core keeps both busy (the unit step took 165 s with one).
    maxWorkers: Math.max(2, availableParallelism()),
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
