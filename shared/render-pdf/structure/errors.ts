/**
 * The PDF renderer used the StructureBuilder wrongly (an element from another document, content marked after
 * finish()). This is a bug in Pressdesk, not in the user's project, so it is not a PressdeskError.
 */
export class StructureUsageError extends Error {
  override readonly name = 'StructureUsageError';
}
