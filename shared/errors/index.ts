/**
 * Base of every error whose message is written for the person using Pressdesk: it names the project
 * and the field or file, and says what to do. Anything else reaching the surface is a bug.
 * It lives on its own so every folder (model, storage, images, renderers) can extend it without
 * depending on each other.
 */
export class PressdeskError extends Error {}
