import { Low } from 'lowdb';
import type { Project } from '../model';
import { ProjectFileAdapter, type ProjectFileOptions } from './project-file-adapter';

/** A lowdb database over one project folder; `data` is null until `read()`. */
export type ProjectDb = Low<Project | null>;

/** Opens nothing yet: call `read()` to load (and if need be repair) project.json, `write()` to save it. */
export function projectDb(dir: string, options: ProjectFileOptions = {}): ProjectDb {
  return new Low<Project | null>(new ProjectFileAdapter(dir, options), null);
}
