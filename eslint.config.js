import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['movie', 'critics', 'user-reviews', 'parents-guide'];

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'coverage', '.e2e-*', '.tmp', 'test-results*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended-strict'],
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  // Domain code is pure: no React, no store, no API.
  {
    files: ['src/domain/**'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-*',
            '@/api/*',
            '@/stores/*',
            '@/features/*',
            '@/app/*',
            '@/mock-api/*',
            'zustand',
            '@tanstack/*',
          ],
        },
      ],
    },
  },
  // A feature never imports another feature or the app shell: features are composed in src/app.
  ...features.map((f) => ({
    files: [`src/features/${f}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/app/*'], message: 'Features do not import the app shell.' },
            ...features
              .filter((o) => o !== f)
              .map((o) => ({
                group: [`@/features/${o}/*`, `@/features/${o}`],
                message: 'Features never import each other; compose them in src/app.',
              })),
          ],
        },
      ],
    },
  })),
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    // scripts pass functions to page.evaluate: they run in the browser
    files: ['scripts/**/*.mjs', 'e2e/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/theme-script.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
    rules: { '@typescript-eslint/no-unused-vars': 'off' },
  },
  {
    files: ['e2e/**', 'scripts/**', '*.config.*', 'server/cli/**', 'server/testing/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // Playwright fixtures call `use`, which is not React's
    files: ['e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
);
