import { useId, useState } from 'react';
import { FormActions, ModalDialog } from './modal-dialog';
import { CreateError, TitleField, useNewProject } from './new-project-form';

export interface NewPackDialogProps {
  /** Called with the new project's folder name once it exists. */
  readonly onCreated: (name: string) => void;
  readonly onClose: () => void;
}

const MARKINGS = ['OFFICIAL', 'OFFICIAL-SENSITIVE'] as const;
type Marking = 'none' | (typeof MARKINGS)[number];

/**
 * "New briefing pack": a title, the protective marking (none, OFFICIAL or OFFICIAL-SENSITIVE; another one can be
 * typed in the editor), and whether to start with the usual sections (situation summary, key messages, reactive
 * questions, handling plan, contacts) or none. Dated today by the host.
 */
export function NewPackDialog({ onCreated, onClose }: NewPackDialogProps) {
  const form = useNewProject('briefing pack', onCreated);
  const ids = { audience: useId(), marking: useId() };
  const [audience, setAudience] = useState('');
  const [marking, setMarking] = useState<Marking>('OFFICIAL');
  const [usualSections, setUsualSections] = useState(true);

  const create = form.create((title) => ({
    title,
    kind: 'pack',
    pack: { classification: marking === 'none' ? null : marking, usualSections, ...(audience.trim() ? { audience: audience.trim() } : {}) },
  }));

  return (
    <ModalDialog title="New briefing pack" onClose={onClose} className="new-pack-dialog">
      <form onSubmit={(event) => void create(event)} noValidate>
        <CreateError error={form.error} />
        <TitleField form={form} hint="Printed on the cover, e.g. “Harbour wall reopening: members’ briefing”. You can change it later." />
        <div className="field">
          <label htmlFor={ids.audience}>Audience (optional)</label>
          <input id={ids.audience} type="text" value={audience} onChange={(event) => setAudience(event.target.value)} autoComplete="off" />
        </div>
        <div className="field">
          <label htmlFor={ids.marking}>Classification</label>
          <select id={ids.marking} value={marking} onChange={(event) => setMarking(event.target.value as Marking)}>
            <option value="none">None</option>
            {MARKINGS.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="field">
          <legend>Start with</legend>
          <label className="choice">
            <input type="radio" name="pack-sections" checked={usualSections} onChange={() => setUsualSections(true)} />
            The usual sections (situation summary, key messages, reactive questions, handling plan, contacts)
          </label>
          <label className="choice">
            <input type="radio" name="pack-sections" checked={!usualSections} onChange={() => setUsualSections(false)} />
            No sections
          </label>
        </fieldset>
        <FormActions submit="Create" disabled={form.busy} onCancel={onClose} />
      </form>
    </ModalDialog>
  );
}
