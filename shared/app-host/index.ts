export { createAppHost } from './app-host';
export type { AppHost, HostConfig } from './host';
export { dispatch, type BugReporter, type Handlers } from './dispatch';
export { resolveInside } from './safe-path';
