import { useId, useRef, useState } from 'react';
import { call } from '../ipc/client';
import { readAsBase64 } from '../editor/read-file';

/** brands:import-file refuses more than this; checked here too, so a huge file is not read and sent for nothing. */
const MAX_BRAND_FILE_BYTES = 40_000_000;

export type BrandFileRole = 'logo' | 'partner-logo' | 'font';

const ACCEPT: Readonly<Record<BrandFileRole, string>> = {
  logo: '.png,.jpg,.jpeg,.svg,image/png,image/jpeg,image/svg+xml',
  'partner-logo': '.png,.jpg,.jpeg,.svg,image/png,image/jpeg,image/svg+xml',
  font: '.ttf,.otf,font/ttf,font/otf',
};

interface BrandFileInputProps {
  /** The file input's id (problems and focus find it by this). */
  readonly id: string;
  readonly brandId: string;
  readonly brandTitle: string;
  readonly role: BrandFileRole;
  /** The visible label of the file input ("Choose a logo file"). */
  readonly label: string;
  readonly hint?: string;
  /** A problem the host reported about this field when saving. */
  readonly problem?: string;
  /** Called with the file's name in the brand folder once the host has checked and added it. */
  readonly onAdded: (file: string, originalName: string) => void;
}

/**
 * A file chooser that hands the file to brands:import-file, which checks it (an SVG for scripts and outside
 * references, a font for the letters of English, Welsh and Gaelic) and adds it to the brand's folder. A refusal is
 * shown under the field as the host wrote it: which file, why, and what to do.
 */
export function BrandFileInput({ id, brandId, brandTitle, role, label, hint, problem, onAdded }: BrandFileInputProps) {
  const hintId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const shown = error ?? problem ?? null;
  const problemId = `${id}-problem`;

  const add = async (file: File) => {
    setError(null);
    if (file.size > MAX_BRAND_FILE_BYTES) {
      setError(`"${file.name}" was not added to the brand "${brandTitle}", because it is more than the 40 MB Pressdesk accepts. ${role === 'font' ? 'Add the TTF or OTF file of the one style you want.' : 'Save a smaller copy of the logo (an SVG, or a PNG about 1000 pixels wide) and add that instead.'}`);
      return;
    }
    setBusy(true);
    try {
      const base64 = await readAsBase64(file);
      const result = await call('brands:import-file', { id: brandId, role, fileName: file.name, base64 });
      if (result.ok) onAdded(result.value.path, file.name);
      else setError(result.error.message);
    } catch {
      setError(`"${file.name}" could not be read from your computer. Check the file opens, then choose it again.`);
    } finally {
      setBusy(false);
      // The same file can be chosen again after fixing it.
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div className="field file-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {shown && (
        <p id={problemId} className="error-message field-error" role="alert">
          {shown}
        </p>
      )}
      <input
        ref={input}
        id={id}
        type="file"
        accept={ACCEPT[role]}
        disabled={busy}
        aria-describedby={[shown ? problemId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined}
        aria-invalid={shown ? true : undefined}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) void add(file);
        }}
      />
      {busy && <p role="status">Checking {role === 'font' ? 'the font' : 'the logo'}…</p>}
    </div>
  );
}
