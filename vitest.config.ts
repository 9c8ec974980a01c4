import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/infra/**/*.test.ts'],
          env: { TZ: 'UTC' },
          testTimeout: 60_000,
          // The infra tests synthesize the stacks (with cdk-nag and cfn-guard) before they assert.
          hookTimeout: 60_000,
        },
      },
      {
        // The domain once more in a far time zone (UTC+14): results must not depend on it.
        test: {
          name: 'unit-kiritimati',
          include: ['test/unit/domain/**/*.test.ts'],
          env: { TZ: 'Pacific/Kiritimati' },
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts'],
          globalSetup: ['test/integration/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
