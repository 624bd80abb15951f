import { PressdeskError } from '../errors';
import { ProjectInvalidError, plainEnglishError, problemPath } from '../model';
import { BrandInvalidError } from '../storage';
import { CONTRACT, isChannel, type Channel, type InputOf, type IpcResult, type OutputOf, type ProblemData } from '../ipc';

/** One function per channel of the contract: the host's whole API, whatever carries it (Electron IPC or HTTP). */
export type Handlers = { readonly [C in Channel]: (input: InputOf<C>) => Promise<OutputOf<C>> };

/** Told about failures that are bugs (not PressdeskErrors), for the log; the user sees a plain message. */
export type BugReporter = (channel: string, error: unknown) => void;

const refuse = (message: string): IpcResult<never> => ({ ok: false, error: { message } });

/**
 * Runs one call from the renderer: refuses unknown channels, parses the payload with the channel's zod schema,
 * calls the handler, checks what it returns against the contract too, and turns every failure into data. A
 * PressdeskError's message is meant for the user and crosses as it is (with its problems); anything else is a bug,
 * reported to `onBug`, and crosses as a plain sentence without internals.
 */
export async function dispatch(handlers: Handlers, channel: unknown, payload: unknown, onBug: BugReporter = () => undefined): Promise<IpcResult<unknown>> {
  if (!isChannel(channel)) return refuse(`Pressdesk does not know the request "${String(channel).slice(0, 80)}".`);
  const { input, output } = CONTRACT[channel];
  const parsed = input.safeParse(payload ?? {}, { error: plainEnglishError });
  if (!parsed.success) {
    const details = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'the request'}: ${issue.message}`).join('; ');
    // Each issue also crosses with its path, so a form can put the message beside its field.
    const problems: ProblemData[] = parsed.error.issues.map((issue) => ({
      place: issue.path.join('.'),
      message: issue.message,
      path: problemPath(issue.path),
      severity: 'error',
    }));
    return { ok: false, error: { message: `Pressdesk refused a malformed request (${channel}): ${details}.`, problems } };
  }
  try {
    const handler = handlers[channel] as (value: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    const checked = output.safeParse(value);
    if (!checked.success) {
      onBug(channel, checked.error);
      return refuse(`Something went wrong inside Pressdesk (${channel} gave an unexpected answer). Your work is saved; try again.`);
    }
    return { ok: true, value: checked.data };
  } catch (error) {
    if (error instanceof PressdeskError) {
      const problems = error instanceof ProjectInvalidError || error instanceof BrandInvalidError ? problemData(error) : undefined;
      return { ok: false, error: { message: error.message, ...(problems ? { problems } : {}) } };
    }
    onBug(channel, error);
    return refuse(`Something went wrong inside Pressdesk (${channel}). Your work is saved; try again, and if it keeps happening, tell your IT team.`);
  }
}

const problemData = (error: ProjectInvalidError | BrandInvalidError): ProblemData[] =>
  error.problems.map((problem) => ({ place: problem.place, message: problem.message, path: [...(problem.path ?? [])], severity: 'error' }));
