import { defineConfig } from 'vitest/config';

// Tests of what the build made (dist/): the prerender command and the Eleventy example.
// `npm test` runs them after the build; run `npm run build` first when running them alone.
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    environment: 'node',
    // Each test starts Node (the command, Eleventy), which loads every occupation.
    testTimeout: 60_000,
  },
});
