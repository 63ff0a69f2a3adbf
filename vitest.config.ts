import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: { __CARELENS_TIMING__: 'true' },
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
    setupFiles: ['test/unit/setup.ts'],
    environment: 'node',
  },
});
