/**
 * Base of every error whose message is written for the person using Pressdesk: it names the project
 * and the field or file, and says what to do. Anything else reaching the surface is a bug.
 * It lives on its own so every folder (model, storage, images, renderers) can extend it without
 * depending on each other.
 */
export class PressdeskError extends Error {}

/**
 * `harbour-wall: 2 problems stop this project being used:` followed by one indented line per problem,
 * the shape of every message that reports several things at once.
 */
export function listMessage(project: string, thing: [one: string, many: string], stops: string, lines: readonly string[]): string {
  const count = lines.length === 1 ? `one ${thing[0]} stops` : `${lines.length} ${thing[1]} stop`;
  return `${project}: ${count} ${stops}:\n${lines.map((line) => `  - ${line}`).join('\n')}`;
}
