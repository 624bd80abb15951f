import { createRequire } from 'node:module';
import type Sharp from 'sharp';

let loaded: typeof Sharp | undefined;

/**
 * sharp, loaded the first time a picture needs it. Loading it links libvips, a large native library: about 80 ms,
 * which the command line keeps off its main thread by handing pictures to its export worker
 * (export/export-worker.ts), and which a process that never touches a picture should not pay at all. `require`, not
 * `import()`: sharp is CommonJS, and a dynamic import would also start Node's ES module loader in the bundled
 * command line.
 */
export const loadSharp = (): typeof Sharp => (loaded ??= createRequire(import.meta.url)('sharp') as typeof Sharp);
