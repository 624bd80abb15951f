import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['shared/**/*.test.ts', 'electron/**/*.test.ts', 'scripts/**/*.test.ts', 'renderer/**/*.test.ts', 'e2e/**/*.test.ts'],
    // Tests read our output back with LibreOffice and python-docx, which take seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The e2e tests drive the built app; this builds it (when stale) once per run.
    globalSetup: ['e2e/global-setup.ts'],
  },
});
