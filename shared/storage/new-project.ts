import type { Project } from '../model';
import { CURRENT_VERSION, PROJECT_FORMAT } from '../model';

export interface NewProjectDetails {
  readonly title: string;
  readonly kind: Project['kind'];
  /** How a new briefing pack starts (ignored for a release). */
  readonly pack?: NewPackOptions;
}

export interface NewPackOptions {
  /** Protective marking, e.g. OFFICIAL-SENSITIVE; null or absent for none. */
  readonly classification?: string | null;
  /** Who the pack is for, e.g. "Elected members". */
  readonly audience?: string;
  /** Start with the sections a briefing pack usually has (all empty), rather than none. */
  readonly usualSections?: boolean;
}

/** The sections a UK press office's briefing pack usually has, in order, empty (docs: uk-press-office.md). */
export const USUAL_PACK_SECTIONS: NonNullable<Project['pack']>['sections'] = [
  { type: 'text', title: 'Situation summary', body: [] },
  { type: 'messages', title: 'Key messages', items: [] },
  { type: 'qa', title: 'Reactive questions and lines to take', items: [] },
  { type: 'timeline', title: 'Handling plan', items: [] },
  { type: 'contacts', title: 'Spokespeople and contacts', people: [] },
];

/** `now` as a calendar date where the user is: a release written at 00:30 BST is dated that day, not the day before. */
export function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A fresh draft: a release whose headline is the title, or an empty briefing pack, dated today. */
export function blankProject({ title, kind, pack }: NewProjectDetails, id: string, now: Date): Project {
  const date = localDate(now);
  const classification = pack?.classification?.trim() || null;
  const audience = pack?.audience?.trim();
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
      : {
          pack: {
            title,
            ...(audience ? { audience } : {}),
            date,
            classification,
            sections: pack?.usualSections ? structuredClone(USUAL_PACK_SECTIONS) : [],
          },
        }),
  };
}
