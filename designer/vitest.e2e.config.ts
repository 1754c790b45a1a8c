import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The browser tests: each spec starts a real server and Chromium, so files run one at a time (two cores, shared)
// and timeouts allow for the server's start-up and demo seeding on a busy machine.
export default defineConfig({
  resolve: {
    alias: [{ find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) }],
  },
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 240_000,
    teardownTimeout: 30_000,
  },
});
