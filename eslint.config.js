import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const nodeBuiltins = {
  group: ['node:*'],
  message: 'shared/ and renderer/ run in the browser too: no Node built-ins.',
}

/** The boundaries between the three source folders, for relative paths as much as for packages. */
const intoElectron = {
  group: ['**/electron/**'],
  message:
    'Only electron/ holds Node and Electron code; reach it through the contract (shared/api).',
}
const intoRenderer = {
  group: ['**/renderer/**'],
  message: 'renderer/ is the page: nothing outside it imports from it.',
}

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Type-aware rules need each file's own project: the three tsconfig projects cover every
    // TypeScript file; plain JavaScript (scripts, this file) is linted without types.
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.node.json', './tsconfig.web.json', './tsconfig.e2e.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // A promise nobody awaits loses its error; `void` is no answer either, since it drops it.
      '@typescript-eslint/no-floating-promises': [
        'error',
        { ignoreVoid: false, ignoreIIFE: false },
      ],
    },
  },
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-undef': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        { paths: ['electron'], patterns: [nodeBuiltins, intoElectron] },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'api', message: 'Use renderer/lib/api.ts.' },
      ],
    },
  },
  { files: ['renderer/lib/api.ts'], rules: { 'no-restricted-properties': 'off' } },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom'],
          patterns: [nodeBuiltins, intoElectron, intoRenderer],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/ipc.ts', 'electron/preload/index.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              importNames: ['ipcMain', 'ipcRenderer'],
              message: 'Only electron/main/ipc.ts and electron/preload/index.ts touch IPC.',
            },
          ],
          patterns: [intoRenderer],
        },
      ],
    },
  },
  {
    files: [
      'electron/services/**/*.ts',
      'electron/storage/**/*.ts',
      'electron/host/**/*.ts',
      'electron/pdf/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'Services are plain Node; Electron stays in electron/main.',
            },
          ],
          patterns: [intoRenderer],
        },
      ],
    },
  },
)
