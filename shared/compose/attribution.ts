import type { Person } from '../model';

/**
 * How a speaker is named before a quote: honorific and name, role, organisation.
 * The organisation is left out when the role already names it ("Chief Executive of NHS Borders").
 */
export function describeSpeaker(person: Person): string {
  const name = [person.honorific, person.name].filter(nonEmpty).join(' ');
  const role = person.role?.trim();
  const organisation = person.organisation?.trim();
  const parts = [name];
  if (role) parts.push(role);
  if (organisation && !(role ?? '').toLowerCase().includes(organisation.toLowerCase())) parts.push(organisation);
  return parts.join(', ');
}

/**
 * The line before a quote: `Councillor Jane Smith, Cabinet Member for Housing, said:` for one speaker;
 * for a joint quote every speaker, separated by semicolons when their descriptions hold commas
 * (`A, X; B, Y; and C, Z, said:`), otherwise by commas (`A, B and C said:`).
 */
export function attributionLine(speakers: readonly Person[]): string {
  const descriptions = speakers.map(describeSpeaker);
  const hasCommas = descriptions.some((description) => description.includes(','));
  const joined = joinWithAnd(descriptions, hasCommas ? '; ' : ', ', hasCommas);
  return `${joined}${hasCommas ? ',' : ''} said:`;
}

function joinWithAnd(items: readonly string[], separator: string, separatorBeforeAnd: boolean): string {
  if (items.length <= 1) return items.join('');
  const head = items.slice(0, -1).join(separator);
  const last = items.at(-1);
  return separatorBeforeAnd ? `${head}${separator}and ${last}` : `${head} and ${last}`;
}

function nonEmpty(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
