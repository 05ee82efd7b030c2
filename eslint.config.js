import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'crypto', 'http', 'url', 'stream'];

/** Import zones (DESIGN §2): the layering is enforced here, not left to convention. */
const zone = (files, patterns, paths = []) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { paths, patterns }],
  },
});
// A regex, not a gitignore-style group: `electron/*` would also match paths into src-main/electron/.
const electronOnlyInShell = { regex: '^electron(/.*)?$', message: 'electron belongs to src-main/electron and src-main/preload only.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.bench/**', '.electron-native/**', '.tmp*/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use a string union, not an enum.' }],
    },
  },
  zone(['src-shared/**'], [
    electronOnlyInShell,
    { group: NODE_BUILTINS, message: 'src-shared is pure TypeScript: no Node built-ins.' },
    { group: ['react', 'react-dom', 'react/*', 'better-sqlite3', 'kysely'], message: 'src-shared has no UI or database code.' },
    { group: ['**/src-main/**', '**/src-renderer/**'], message: 'src-shared depends on nothing else in the app.' },
  ]),
  zone(['src-main/core/**'], [
    electronOnlyInShell,
    { group: ['react', 'react-dom', 'react/*', '**/src-renderer/**'], message: 'The core has no UI.' },
    { group: ['**/electron/**', '**/preload/**', '**/host/**', '**/cli/**', '**/worker/**'], message: 'Hosts depend on the core, not the other way round.' },
  ]),
  zone(['src-main/worker/**', 'src-main/host/**', 'src-main/cli/**', 'src-main/bench/**', 'test/**', 'scripts/**', 'bin/**'], [electronOnlyInShell]),
  {
    files: ['src-renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            electronOnlyInShell,
            { group: NODE_BUILTINS, message: 'The renderer runs in a browser sandbox.' },
            { group: ['better-sqlite3', 'kysely', '**/src-main/**'], message: 'The renderer talks to the core only through the contract.' },
          ],
        },
      ],
    },
  },
);
