import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'public/mockServiceWorker.js', 'test-results', 'playwright-report', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, 'import-x': importX },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // The layers: domain knows nothing of React, the gateway or features; features do not reach into
      // each other's insides; nothing below app/ imports app/.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: [
                './src/app',
                './src/features',
                './src/gateway',
                './src/mocks',
                './src/components',
                './src/drafts',
                './src/state',
                './src/plugin-runtimes',
              ],
              message: 'domain/ is pure: no app, feature, gateway or UI imports (type imports included).',
            },
            {
              target: './src/plugin-runtimes',
              from: ['./src/app', './src/features', './src/components', './src/gateway', './src/mocks', './src/drafts', './src/state'],
              message: 'plugin-runtimes/ run plugins on the domain\'s shapes: no UI, gateway or app imports.',
            },
            {
              target: './src/gateway',
              from: ['./src/app', './src/features', './src/components'],
            },
            {
              target: './src/components',
              from: ['./src/app', './src/features', './src/domain', './src/gateway'],
              message: 'components/ are presentational: no domain knowledge.',
            },
            { target: './src/drafts', from: ['./src/app', './src/features', './src/components', './src/mocks'] },
            { target: './src/state', from: ['./src/app', './src/features', './src/components', './src/mocks'] },
            { target: './src/history', from: ['./src/app', './src/features', './src/components', './src/mocks'] },
            { target: './src/features', from: './src/app' },
            {
              target: './src/mocks',
              from: ['./src/app', './src/features', './src/components'],
              message: 'mocks/ is the embedded gateway: it knows the domain and the gateway client, not the UI.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-*', '@tanstack/*', 'msw', 'msw/*'], message: 'domain/ is pure TypeScript.' },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Runs in the page before the app (index.html's head).
    files: ['public/theme-init.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/cli/**/*.ts', 'scripts/**', 'e2e/**', '*.config.*'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
