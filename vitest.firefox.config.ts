import { defineConfig } from 'vitest/config';

// The Firefox end-to-end suite (test/e2e-firefox/): real Firefox ESR with the built extension, one browser per file.
export default defineConfig({
  test: {
    include: ['test/e2e-firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
