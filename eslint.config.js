import js from '@eslint/js'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const nodeBuiltins = {
  group: ['node:*'],
  message: 'shared/ and renderer/ run in the browser too: no Node built-ins.',
}

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
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
      'no-restricted-imports': ['error', { paths: ['electron'], patterns: [nodeBuiltins] }],
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
        { paths: ['electron', 'react', 'react-dom'], patterns: [nodeBuiltins] },
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
        },
      ],
    },
  },
)
