import type { Channel } from '../../shared/ipc';

/**
 * The contract's channels, written out so the preload does not bundle the contract itself (its zod schemas and the
 * model would make a 400 kB preload, parsed by every window, to read one list of names). The types below fail
 * to compile if this list and the contract ever differ, and bridge.test.ts checks it against CHANNELS too.
 */
export const PRELOAD_CHANNELS = [
  'workspace:get',
  'workspace:choose',
  'workspace:set',
  'projects:list',
  'projects:create',
  'projects:delete',
  'projects:bin',
  'projects:restore',
  'project:open',
  'project:save',
  'project:patch',
  'project:check',
  'project:preview',
  'assets:import',
  'people:list',
  'people:save',
  'people:delete',
  'export:run',
  'export:open',
  'export:show',
  'brands:list',
  'brands:get',
  'brands:save',
  'brands:duplicate',
  'brands:delete',
  'brands:restore',
  'brands:file',
  'brands:import-file',
  'project:apply-brand',
  'pack:include-release',
  'pack:check-sources',
] as const satisfies readonly Channel[];

type Missing = Exclude<Channel, (typeof PRELOAD_CHANNELS)[number]>;
/** A compile error here names a contract channel missing from the list above. */
export const NONE_MISSING: [Missing] extends [never] ? true : Missing = true;
