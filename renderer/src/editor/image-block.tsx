import { memo, useRef, useState } from 'react';
import { call } from '../ipc/client';
import { useEditor } from './editor-context';
import { fieldId } from './field-ids';
import { asRecord, asText } from './json-path';
import { MAX_PICTURE_BYTES, readAsBase64 } from './read-file';
import type { BlockProps } from './text-blocks';
import { TextField } from './text-field';

const ACCEPT = 'image/png,image/jpeg,image/gif,image/webp,image/tiff';

type Import = { readonly kind: 'idle' } | { readonly kind: 'busy'; readonly file: string } | { readonly kind: 'failed'; readonly message: string };

/**
 * A picture: "Choose picture" copies a file into the project's assets folder (assets:import, which also checks and
 * normalises it), then alt text or "Decorative image", caption and credit. The preview shows the picture itself.
 */
export const ImageBlock = memo(function ImageBlock({ path, block }: BlockProps) {
  const { name, set, edit, announce, focusSoon } = useEditor();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<Import>({ kind: 'idle' });
  const image = asRecord(block);
  const src = asText(image.src);
  const decorative = image.decorative === true;
  const inputId = fieldId([...path, 'file']);
  const chooseId = fieldId([...path, 'src']);
  const decorativeId = fieldId([...path, 'decorative']);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_PICTURE_BYTES) {
      setState({ kind: 'failed', message: `"${file.name}" is too large (over 50 MB). Save a smaller copy of the picture and choose that.` });
      return;
    }
    setState({ kind: 'busy', file: file.name });
    try {
      const base64 = await readAsBase64(file);
      const result = await call('assets:import', { name, fileName: file.name, base64 });
      if (!result.ok) {
        setState({ kind: 'failed', message: result.error.message });
        return;
      }
      set([...path, 'src'], result.value.src);
      setState({ kind: 'idle' });
      announce(`Added the picture ${file.name}`);
      focusSoon(fieldId([...path, decorative ? 'caption' : 'alt']));
    } catch {
      setState({ kind: 'failed', message: `"${file.name}" could not be read. Check the file is not open elsewhere, then choose it again.` });
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  return (
    <>
      <div className="field picture-field">
        <label htmlFor={inputId}>Picture file</label>
        <p className="hint" id={`${inputId}-hint`}>
          {src ? `Using ${src}.` : 'No picture chosen yet.'} PNG, JPEG, GIF, WebP or TIFF.
        </p>
        <input
          ref={input}
          id={inputId}
          className="visually-hidden"
          type="file"
          accept={ACCEPT}
          tabIndex={-1}
          aria-describedby={`${inputId}-hint`}
          onChange={(event) => void onFile(event.target.files?.[0])}
        />
        <button type="button" id={chooseId} aria-describedby={`${inputId}-hint`} onClick={() => input.current?.click()} disabled={state.kind === 'busy'}>
          Choose picture
        </button>
        <div role="status" className="import-status">
          {state.kind === 'busy' && `Adding ${state.file}…`}
        </div>
        {state.kind === 'failed' && (
          <p className="error-message" role="alert">
            The picture was not added: {state.message}
          </p>
        )}
      </div>
      <div className="field checkbox-field">
        <input
          id={decorativeId}
          type="checkbox"
          checked={decorative}
          onChange={(event) => edit([{ op: 'set', path: [...path, 'decorative'], value: event.target.checked }])}
        />
        <label htmlFor={decorativeId}>Decorative image</label>
      </div>
      <TextField
        path={[...path, 'alt']}
        value={image.alt}
        label="Alt text"
        disabled={decorative}
        hint={decorative ? 'Not needed: a decorative picture is hidden from screen readers.' : 'Say what the picture shows, for people who cannot see it.'}
      />
      <TextField path={[...path, 'caption']} value={image.caption} label="Caption" />
      <TextField path={[...path, 'credit']} value={image.credit} label="Credit" hint="Who took or made the picture, e.g. A. Photographer." />
    </>
  );
});
