// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Folder rules (docs/ARCHITECTURE.md): who may import whom. */
const NODE_ONLY = ['**/shared/storage/**', '**/shared/images/**', '**/shared/export/**', '**/shared/cli/**'];
const RENDERERS = ['**/shared/render-docx/**', '**/shared/render-pdf/**'];
const NODE_BUILTINS = ['node:*', 'fs', 'fs/promises', 'path', 'os', 'child_process', 'sharp', 'lowdb', 'lowdb/*'];

const restrict = (/** @type {string[]} */ groups, /** @type {string} */ message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'examples/**', 'bench/results/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(
      [...NODE_ONLY, ...RENDERERS, ...NODE_BUILTINS, '**/electron/**'],
      'The renderer imports types and pure code from shared/ only; talk to the main process through the IPC contract.',
    ),
  },
  {
    files: ['shared/model/**/*.ts', 'shared/doc-tree/**/*.ts', 'shared/compose/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict(
      [...NODE_ONLY, ...RENDERERS, ...NODE_BUILTINS, '**/electron/**', '**/renderer/**', 'docx', '@cantoo/*'],
      'model, doc-tree and compose are pure: no file system, no renderers. Pass data in.',
    ),
  },
  {
    files: ['shared/render-docx/**/*.ts', 'shared/render-pdf/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict(
      [...NODE_ONLY, ...NODE_BUILTINS, '**/shared/model/**', '**/shared/compose/**', '**/electron/**', '**/renderer/**'],
      'Renderers know only the document tree (shared/doc-tree): no model, no compose, no file system.',
    ),
  },
  {
    files: ['shared/storage/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: restrict(
      [...RENDERERS, '**/shared/compose/**', '**/shared/export/**', '**/electron/**', '**/renderer/**'],
      'Storage reads and writes project folders; it does not compose or render.',
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict(
      [...NODE_ONLY, ...RENDERERS, '**/shared/compose/**', 'fs', 'fs/promises', 'node:fs', 'node:fs/promises', 'child_process', 'node:child_process'],
      'The preload exposes the narrow IPC API only.',
    ),
  },
);
