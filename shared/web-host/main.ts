import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createAppHost } from '../app-host';
import { parseWebArgs, USAGE } from './args';
import { webHostConfig } from './host-config';
import { startWebHost } from './server';

// The bundled entry point of `npm run web` (scripts/web.mjs builds it into out/web/). The renderer build sits
// beside it: out/web/../renderer.
const RENDERER_DIR = fileURLToPath(new URL('../renderer/', import.meta.url));

const parsed = parseWebArgs(process.argv.slice(2));
if (!parsed.ok) {
  process.stderr.write(`${parsed.message}\n`);
  process.exit(2);
}
if (parsed.value.help) {
  process.stdout.write(`${USAGE}\nServes Pressdesk to your web browser on this computer only.\n`);
  process.exit(0);
}

const config = webHostConfig(parsed.value.workspace, {
  platform: process.platform,
  env: process.env,
  home: homedir(),
  cwd: process.env.INIT_CWD ?? process.cwd(),
});
const host = createAppHost(config);
const web = await startWebHost({ host, rendererDir: RENDERER_DIR, port: parsed.value.port }).catch((error: unknown) => {
  const code = (error as NodeJS.ErrnoException).code;
  process.stderr.write(
    code === 'EADDRINUSE'
      ? `Port ${parsed.value.port} is in use by another program. Choose another with --port, or leave it out to pick a free one.\n`
      : `Pressdesk could not start its web server: ${(error as Error).message}\n`,
  );
  return process.exit(1);
});

// The address is on a line of its own so it can be copied (or read by a script) whole, secret included.
process.stdout.write(
  `Pressdesk is running for this computer only, with the workspace ${await host.workspace()}.\n` +
    'Open this address in your web browser. It contains a secret that gives full access to your workspace: do not share it.\n' +
    `${web.url}\n` +
    'Press Ctrl+C to stop.\n',
);

const stop = (signal: NodeJS.Signals) => {
  process.stdout.write(`\nStopping Pressdesk (${signal})…\n`);
  web.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
