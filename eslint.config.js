import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// The import direction of docs/architecture.md, enforced: domain and ui import nothing of
// the app; db imports domain only; features never import each other or the app shell.
const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'test/bench/data',
      'bench',
      'node_modules',
      'playwright-report',
      'test-results',
      'coverage',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The app is not built with the React Compiler, so its memoization warnings do not apply.
      'react-hooks/incompatible-library': 'off',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  layer(
    ['src/domain/**'],
    [
      {
        group: [
          'react',
          'react-*',
          'dexie',
          'dexie-*',
          '**/db/**',
          '**/features/**',
          '**/ui/**',
          '**/app/**',
        ],
        message: 'The domain is pure TypeScript: no React, no Dexie, no app code.',
      },
    ],
  ),
  layer(
    ['src/ui/**'],
    [
      {
        group: ['**/domain/**', '**/db/**', '**/features/**', '**/app/**'],
        message: 'Shared UI has no domain or app imports.',
      },
    ],
  ),
  layer(
    ['src/db/**'],
    [
      {
        group: ['**/features/**', '**/app/**', '**/ui/**'],
        message: 'Persistence imports the domain only.',
      },
    ],
  ),
  layer(
    ['src/features/*/**'],
    [
      {
        group: ['**/app/**'],
        message: 'Features do not import the app shell; the app composes features.',
      },
      { regex: '^\\.\\./[^.]|/features/', message: 'Features never import each other.' },
    ],
  ),
);
