import type { Project } from '../model';
import { CURRENT_VERSION, PROJECT_FORMAT } from '../model';

export interface NewProjectDetails {
  readonly title: string;
  readonly kind: Project['kind'];
}

/** `now` as a calendar date where the user is: a release written at 00:30 BST is dated that day, not the day before. */
export function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A fresh draft: a release whose headline is the title, or an empty briefing pack, dated today. */
export function blankProject({ title, kind }: NewProjectDetails, id: string, now: Date): Project {
  const date = localDate(now);
  return {
    format: PROJECT_FORMAT,
    version: CURRENT_VERSION,
    id,
    kind,
    title,
    status: 'draft',
    updatedAt: now.toISOString(),
    people: [],
    ...(kind === 'release'
      ? { release: { headline: title, date, embargo: null, body: [], notes: [], contacts: [] } }
      : { pack: { title, date, classification: null, sections: [] } }),
  };
}
