import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Fixture trees hold /proc symlinks such as cwd -> "/": the test search must never walk into them.
    exclude: [...configDefaults.exclude, '**/fixtures/**', 'test/hosts/*/root/**'],
    pool: 'threads',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
