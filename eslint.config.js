// @ts-check
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/*
 * Folder rules (docs/ARCHITECTURE.md): who may import whom. `import-x/no-restricted-paths` matches the
 * resolved file, so relative imports ('../storage') are caught as well as bare ones.
 */
const S = './shared';
const NODE_SIDE = [`${S}/storage`, `${S}/images`, `${S}/export`, `${S}/cli`, `${S}/testing`, `${S}/app-host`];
const RENDERERS = [`${S}/render-docx`, `${S}/render-pdf`];
const APP = ['./electron', './renderer'];

const zone = (/** @type {string | string[]} */ target, /** @type {string[]} */ from, /** @type {string} */ message) => ({
  target,
  from,
  message,
});

const ZONES = [
  zone('./renderer', [...NODE_SIDE, ...RENDERERS, './electron'], 'the renderer uses types and pure code from shared/ (model, compose, ipc) and talks to main through the IPC contract.'),
  zone([`${S}/model`, `${S}/doc-tree`, `${S}/compose`, `${S}/errors`, `${S}/ipc`], [...NODE_SIDE, ...RENDERERS, ...APP], 'model, doc-tree, compose and the IPC contract are pure: pass data in.'),
  zone(`${S}/app-host`, [`${S}/cli`, ...APP], 'the app host serves the contract to Electron and the web host; it never imports them.'),
  zone(`${S}/brands`, [...NODE_SIDE, ...RENDERERS, `${S}/compose`, ...APP], 'brand checks are functions of bytes and brands: storage and the app host call them.'),
  zone(RENDERERS, [`${S}/model`, `${S}/compose`, `${S}/storage`, `${S}/images`, `${S}/export`, `${S}/cli`, ...APP], 'renderers know only the document tree (shared/doc-tree).'),
  zone(`${S}/storage`, [`${S}/compose`, ...RENDERERS, `${S}/images`, `${S}/export`, `${S}/cli`, ...APP], 'storage reads and writes project folders; it does not compose or render.'),
  zone(`${S}/images`, [`${S}/model`, `${S}/compose`, ...RENDERERS, `${S}/storage`, `${S}/export`, `${S}/cli`, ...APP], 'images turns bytes into normalised bytes and knows nothing else.'),
  zone(`${S}/export`, [`${S}/cli`, `${S}/app-host`, ...APP], 'the export pipeline is called by the command line and the app, not the other way round.'),
  zone('./shared', APP, 'shared/ never depends on the Electron app or the renderer.'),
  zone('./electron/preload', [...NODE_SIDE, ...RENDERERS, `${S}/compose`], 'the preload exposes the narrow IPC API only.'),
];

const PURE = 'This folder is pure (or runs in a browser): no file system, no native packages. Pass data in.';
/** Packages that pure folders must not use. */
const NODE_PACKAGES = ['node:*', 'fs', 'fs/promises', 'path', 'os', 'child_process', 'sharp', 'lowdb', 'lowdb/*', 'docx', '@cantoo/*'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'examples/**', 'bench/results/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': ['error', { zones: ZONES }],
    },
  },
  // CommonJS on purpose (scripts/cli-loader.cjs hands V8 a code cache, which Node 20 offers for scripts only).
  { files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'shared/model/**/*.ts', 'shared/doc-tree/**/*.ts', 'shared/compose/**/*.ts', 'shared/errors/**/*.ts', 'shared/ipc/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test-helper.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: NODE_PACKAGES, message: PURE }] }] },
  },
  {
    files: ['shared/render-docx/**/*.ts', 'shared/render-pdf/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test-helper.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: NODE_PACKAGES.filter((name) => name !== 'docx' && name !== '@cantoo/*'), message: PURE }] },
      ],
    },
  },
);
