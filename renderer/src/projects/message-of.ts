/** The words to show for a failure: a CallError's message is written for the user; anything else is a bug. */
export function messageOf(failure: unknown): string {
  return failure instanceof Error && failure.message ? failure.message : 'Something went wrong. Try again.';
}
