import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: one worker on a two-core laptop, which
    // left the second core idle while files wait on child processes, fsync and pdftotext.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        test: {
          name: 'node',
          environment: 'node',
          // Everything under test/unit runs in Node, except the renderer's own tests below.
          include: ['test/unit/**/*.test.ts'],
          exclude: ['test/unit/renderer/**', '**/node_modules/**'],
          globalSetup: ['test/support/build-node.ts'],
          testTimeout: 20_000,
        },
      },
      {
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/unit/renderer/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
})
