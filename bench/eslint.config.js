// The bench scripts are plain ES modules (run by Node 20 as they are, no build step), so they
// get ESLint's recommended rules with Node globals; the repository's type-checked rules need
// TypeScript sources. ESLint 10 applies the config nearest to each file.
import js from '@eslint/js';
import globals from 'globals';

export default [
  { ignores: ['.data/**'] },
  js.configs.recommended,
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.node } },
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] },
  },
  {
    // The bare React page of the client benchmark runs in the browser.
    files: ['client-bare/**/*.jsx'],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.browser },
    },
    rules: { 'no-unused-vars': ['error', { varsIgnorePattern: '^[A-Z_]' }] },
  },
];
