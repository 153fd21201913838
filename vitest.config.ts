import { defineConfig } from 'vitest/config';

// vitest runs the pure logic (no DOM); elements are tested in real browsers by web-test-runner.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
  },
});
