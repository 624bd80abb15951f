import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { BUNDLED_FONT_NAMES } from '../../../shared/model/fonts';
import type { Guarded, Navigation } from '../app';
import { call } from '../ipc/client';
import { Autosaver } from '../editor/autosaver';
import { ConfirmDialog } from '../projects/confirm-dialog';
import { BrandFileInput } from './brand-file-input';
import {
  brandFieldId,
  brandFieldLabel,
  brandOf,
  COLOUR_LABELS,
  formOf,
  formProblems,
  hostProblems,
  isFontFile,
  moveRow,
  RELEASE_LABELS,
  rowKey,
  type BrandForm,
  type ColourField,
  type ParagraphRow,
  type PartnerRow,
} from './brand-form';
import { BrandLogo } from './brand-logo';
import { BrandPreview } from './brand-preview';
import { ColourField as ColourInput } from './colour-field';
import { movedControlId, RowControls, rowKeyDown } from './row-controls';
import type { LibraryBrandDraft } from '../../../shared/ipc';
import './brands.css';

type SaveState =
  | { readonly kind: 'saved' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'failed'; readonly message: string };

/** A removed row, for Undo. */
type Removed = { readonly list: 'partners'; readonly index: number; readonly row: PartnerRow } | { readonly list: 'boilerplate'; readonly index: number; readonly row: ParagraphRow };

interface BrandEditorProps extends Navigation, Guarded {
  readonly id: string;
}

/**
 * One brand of the library: its fields on the left, a live preview on the right. Changes save themselves a moment
 * after typing stops (brands:save), as the release editor's do, once the form has nothing the host would refuse;
 * until then the problems are shown beside their fields and nothing is sent, and leaving asks first, so nothing
 * typed is lost without the user saying so.
 */
export function BrandEditor({ id, go, setLeaveGuard }: BrandEditorProps) {
  const [loaded, setLoaded] = useState<{ readonly kind: 'loading' } | { readonly kind: 'failed'; readonly message: string } | { readonly kind: 'open'; readonly form: BrandForm; readonly builtIn: boolean }>({
    kind: 'loading',
  });
  useEffect(() => {
    let live = true;
    void call('brands:get', { id }).then((result) => {
      if (live) setLoaded(result.ok ? { kind: 'open', form: formOf(result.value.brand), builtIn: result.value.builtIn } : { kind: 'failed', message: result.error.message });
    });
    return () => {
      live = false;
    };
  }, [id]);

  if (loaded.kind !== 'open' || loaded.builtIn) {
    return (
      <main className="screen brand-editor">
        <button type="button" onClick={() => go({ kind: 'brands' })}>
          All brands
        </button>
        <h1>Brand</h1>
        {loaded.kind === 'loading' && <p role="status">Opening the brand…</p>}
        {loaded.kind === 'failed' && (
          <p className="error-message" role="alert">
            The brand could not be opened: {loaded.message}
          </p>
        )}
        {loaded.kind === 'open' && <p>This brand is built into Pressdesk and cannot be changed. Use Duplicate in the brand library to make your own copy.</p>}
      </main>
    );
  }
  return <BrandForm_ id={id} initial={loaded.form} go={go} setLeaveGuard={setLeaveGuard} />;
}

interface FormProps extends Navigation, Guarded {
  readonly id: string;
  readonly initial: BrandForm;
}

function BrandForm_({ id, initial, go, setLeaveGuard }: FormProps) {
  const [form, setForm] = useState<BrandForm>(initial);
  const [status, setStatus] = useState<SaveState>({ kind: 'saved' });
  const [fromHost, setFromHost] = useState<{ fields: Map<string, string>; general: string[] }>({ fields: new Map(), general: [] });
  const [news, setNews] = useState('');
  const [removed, setRemoved] = useState<Removed | null>(null);
  const [leaving, setLeaving] = useState<((leave: boolean) => void) | null>(null);
  /** Font files added in this session, so they can be chosen before a save names them. */
  const [addedFonts, setAddedFonts] = useState<readonly string[]>([]);
  const focusNext = useRef<string | null>(null);
  const edits = useRef(0);

  const title = form.title.trim() || form.name.trim() || 'Untitled brand';
  const local = useMemo(() => formProblems(form), [form]);
  const problemFor = (fieldId: string): string | undefined => local.get(fieldId) ?? fromHost.fields.get(fieldId);

  const [saver] = useState(
    () =>
      new Autosaver<LibraryBrandDraft>({
        save: async (brand) => {
          setStatus({ kind: 'saving' });
          const result = await call('brands:save', { id, brand });
          if (result.ok) {
            setFromHost({ fields: new Map(), general: [] });
            setStatus(saver.waiting ? { kind: 'saving' } : { kind: 'saved' });
            return true;
          }
          const found = hostProblems(result.error.problems ?? []);
          setFromHost({ fields: found.fields, general: found.general.length > 0 || found.fields.size > 0 ? found.general : [result.error.message] });
          setStatus({ kind: 'failed', message: result.error.message });
          return false;
        },
      }),
  );

  // Each change after the first render: saved when the form has nothing to fix, else held (and said so).
  useEffect(() => {
    if (edits.current === 0) return;
    if (local.size > 0) {
      setStatus({ kind: 'invalid' });
      return;
    }
    saver.change(brandOf(form));
  }, [form, local, saver]);

  const edit = useCallback((change: (form: BrandForm) => BrandForm) => {
    edits.current++;
    setForm(change);
  }, []);

  // Save on the way out (window hidden or closed, screen left), as the release editor does.
  useEffect(() => {
    const flush = () => void saver.flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('blur', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('blur', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
      saver.dispose();
    };
  }, [saver]);

  // Changes that cannot be saved yet: leaving the screen asks; closing a browser tab asks the browser's way.
  const unsaved = status.kind === 'invalid' || status.kind === 'failed';
  const latest = useRef({ unsaved, saver });
  latest.current = { unsaved, saver };
  useEffect(() => {
    setLeaveGuard(async () => {
      const ok = await latest.current.saver.flush();
      if (ok && !latest.current.unsaved) return true;
      return new Promise<boolean>((resolve) => setLeaving(() => resolve));
    });
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      // The browser asks; in the desktop app the main process asks (electron/main/window.ts, will-prevent-unload).
      if (latest.current.unsaved) event.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      setLeaveGuard(null);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [setLeaveGuard]);

  // Focus follows a moved or removed row, once it has been drawn in its new place.
  useEffect(() => {
    const target = focusNext.current;
    focusNext.current = null;
    if (target) document.getElementById(target)?.focus();
  });

  const move = (list: 'partners' | 'boilerplate', from: number, to: number) => {
    const rows = form[list];
    if (to < 0 || to >= rows.length || from === to) return;
    const active = document.activeElement?.id ?? '';
    focusNext.current = movedControlId(active, list, from, to) ?? `brand-${list}-${to}-${to < from ? 'up' : 'down'}`;
    if (list === 'partners') edit((before) => ({ ...before, partners: moveRow(before.partners, from, to) }));
    else edit((before) => ({ ...before, boilerplate: moveRow(before.boilerplate, from, to) }));
    setNews(`Moved ${list === 'partners' ? 'partner' : '“About” paragraph'} ${from + 1} ${to < from ? 'up' : 'down'} to position ${to + 1}.`);
  };

  const remove = (list: 'partners' | 'boilerplate', index: number) => {
    if (list === 'partners') {
      const row = form.partners[index]!;
      setRemoved({ list, index, row });
      edit((before) => ({ ...before, partners: before.partners.filter((_, at) => at !== index) }));
      setNews(`Removed partner ${row.name.trim() || index + 1}.`);
    } else {
      const row = form.boilerplate[index]!;
      setRemoved({ list, index, row });
      edit((before) => ({ ...before, boilerplate: before.boilerplate.filter((_, at) => at !== index) }));
      setNews(`Removed “About” paragraph ${index + 1}.`);
    }
    focusNext.current = 'brand-undo-remove';
  };

  const undoRemove = () => {
    if (!removed) return;
    if (removed.list === 'partners') edit((before) => ({ ...before, partners: [...before.partners.slice(0, removed.index), removed.row, ...before.partners.slice(removed.index)] }));
    else edit((before) => ({ ...before, boilerplate: [...before.boilerplate.slice(0, removed.index), removed.row, ...before.boilerplate.slice(removed.index)] }));
    focusNext.current = removed.list === 'partners' ? `brand-partners-${removed.index}-name` : `brand-boilerplate-${removed.index}`;
    setNews('Put back.');
    setRemoved(null);
  };

  const fontChoices = useMemo(() => {
    const files = new Set<string>([...addedFonts]);
    for (const font of [form.headingFont, form.bodyFont, initial.headingFont, initial.bodyFont]) if (isFontFile(font)) files.add(font);
    return [...BUNDLED_FONT_NAMES, ...files];
  }, [addedFonts, form.headingFont, form.bodyFont, initial.headingFont, initial.bodyFont]);

  const problemsShown = [...new Set([...local.keys(), ...fromHost.fields.keys()])];
  const colourHint: Readonly<Record<ColourField, string>> = {
    primary: 'The headline, subheadings and the label above releases. White text on it is checked too.',
    accent: 'Links and the rule beside quotes.',
    text: 'The body text, on white paper.',
  };

  return (
    <main className="screen brand-editor">
      <div className="editor-top">
        <button type="button" onClick={() => go({ kind: 'brands' })}>
          All brands
        </button>
        <p className="save-state" role="status">
          {status.kind === 'saving' && 'Saving…'}
          {status.kind === 'saved' && edits.current > 0 && 'Saved'}
          {status.kind === 'invalid' && 'Not saved yet: fix the problems marked below.'}
          {status.kind === 'failed' && 'Not saved: see the problems below.'}
        </p>
      </div>
      <h1>Brand: {title}</h1>
      <p className="hint">Changes are saved as you go. Projects keep their own copy of a brand; use “Update to latest brand” in a release to bring it up to date.</p>

      {(problemsShown.length > 0 || fromHost.general.length > 0) && (
        <div className="form-problems" tabIndex={-1}>
          <p className="error-message">This brand has problems to fix before it can be saved:</p>
          <ul>
            {fromHost.general.map((message) => (
              <li key={message} className="error-message">
                {message}
              </li>
            ))}
            {problemsShown.map((fieldId) => (
              <li key={fieldId}>
                <a
                  href={`#${fieldId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(fieldId)?.focus();
                  }}
                >
                  {labelOfFieldId(fieldId)}: {problemFor(fieldId)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div role="status" className="status-line">
        {news && (
          <p className="notice">
            {news}{' '}
            {removed && (
              <button type="button" id="brand-undo-remove" onClick={undoRemove}>
                Undo
              </button>
            )}
          </p>
        )}
      </div>

      <div className="brand-columns">
        <form className="brand-form" onSubmit={(event) => event.preventDefault()} noValidate>
          <TextInput id={brandFieldId(['name'])} label="Organisation name" hint="Printed in the “About” heading and as the documents’ author." value={form.name} problem={problemFor(brandFieldId(['name']))} required onChange={(name) => edit((before) => ({ ...before, name }))} />
          <TextInput id={brandFieldId(['title'])} label="Library title (optional)" hint="What the brand library calls it, when that is not the organisation’s name, for example “Borders Council – joint releases”." value={form.title} problem={problemFor(brandFieldId(['title']))} onChange={(value) => edit((before) => ({ ...before, title: value }))} />
          <LabelChoice value={form.label} problem={problemFor(brandFieldId(['label']))} onChange={(label) => edit((before) => ({ ...before, label }))} />

          <section aria-labelledby="brand-section-logo">
            <h2 id="brand-section-logo">Logo</h2>
            {form.logo && (
              <div className="logo-current">
                <BrandLogo brandId={id} file={form.logo} alt={`Logo of ${form.name.trim() || 'the organisation'}`} className="logo-thumb" />
                <button type="button" onClick={() => edit((before) => ({ ...before, logo: null }))}>
                  Remove logo
                </button>
              </div>
            )}
            <BrandFileInput
              id={brandFieldId(['logo'])}
              brandId={id}
              brandTitle={title}
              role="logo"
              label={form.logo ? 'Replace the logo' : 'Add a logo'}
              hint="A PNG, JPEG or SVG file. It is printed at the top of the first page."
              problem={fromHost.fields.get(brandFieldId(['logo']))}
              onAdded={(file) => {
                edit((before) => ({ ...before, logo: file }));
                setNews('Logo added.');
              }}
            />
          </section>

          <section aria-labelledby="brand-section-partners">
            <h2 id="brand-section-partners">Partner logos</h2>
            <p className="hint">For joint releases: printed beside your logo, at the same height, in this order.</p>
            {form.partners.map((partner, index) => {
              const stem = `brand-partners-${index}`;
              const name = `partner ${index + 1}${partner.name.trim() ? `, ${partner.name.trim()}` : ''}`;
              return (
                <fieldset key={partner.key} className="brand-row" onKeyDown={rowKeyDown(index, (from, to) => move('partners', from, to))}>
                  <legend>Partner {index + 1}</legend>
                  <TextInput
                    id={`${stem}-name`}
                    label="Partner name"
                    value={partner.name}
                    problem={problemFor(`${stem}-name`)}
                    required
                    onChange={(value) => edit((before) => ({ ...before, partners: before.partners.map((row, at) => (at === index ? { ...row, name: value } : row)) }))}
                  />
                  {partner.logo && (
                    <div className="logo-current">
                      <BrandLogo brandId={id} file={partner.logo} alt={`Logo of ${partner.name.trim() || `partner ${index + 1}`}`} className="logo-thumb" />
                      <button
                        type="button"
                        onClick={() => edit((before) => ({ ...before, partners: before.partners.map((row, at) => (at === index ? { ...row, logo: null } : row)) }))}
                      >
                        Remove logo<span className="visually-hidden"> of {name}</span>
                      </button>
                    </div>
                  )}
                  <BrandFileInput
                    id={`${stem}-logo`}
                    brandId={id}
                    brandTitle={title}
                    role="partner-logo"
                    label={partner.logo ? 'Replace the partner’s logo' : 'Partner’s logo'}
                    hint="PNG, JPEG or SVG."
                    problem={fromHost.fields.get(`${stem}-logo`)}
                    onAdded={(file) => edit((before) => ({ ...before, partners: before.partners.map((row, at) => (at === index ? { ...row, logo: file } : row)) }))}
                  />
                  <RowControls stem={stem} name={name} index={index} count={form.partners.length} removeLabel="Remove partner" onMove={(from, to) => move('partners', from, to)} onRemove={(at) => remove('partners', at)} />
                </fieldset>
              );
            })}
            <button
              type="button"
              onClick={() => {
                focusNext.current = `brand-partners-${form.partners.length}-name`;
                edit((before) => ({ ...before, partners: [...before.partners, { key: rowKey(), name: '', logo: null }] }));
              }}
            >
              Add partner
            </button>
          </section>

          <section aria-labelledby="brand-section-colours">
            <h2 id="brand-section-colours">Colours</h2>
            {(['primary', 'accent', 'text'] as const).map((field) => (
              <ColourInput
                key={field}
                id={brandFieldId(['colours', field])}
                label={COLOUR_LABELS[field]}
                hint={colourHint[field]}
                value={form.colours[field]}
                problem={problemFor(brandFieldId(['colours', field]))}
                onChange={(value) => edit((before) => ({ ...before, colours: { ...before.colours, [field]: value } }))}
                contrast={
                  field === 'text'
                    ? { label: 'Text colour on white', foreground: form.colours.text, background: '#ffffff' }
                    : field === 'primary'
                      ? { label: 'White on the primary colour', foreground: '#ffffff', background: form.colours.primary }
                      : undefined
                }
              />
            ))}
          </section>

          <section aria-labelledby="brand-section-fonts">
            <h2 id="brand-section-fonts">Fonts</h2>
            {(['heading', 'body'] as const).map((which) => {
              const value = which === 'heading' ? form.headingFont : form.bodyFont;
              const set = (font: string) => edit((before) => (which === 'heading' ? { ...before, headingFont: font } : { ...before, bodyFont: font }));
              return (
                <div key={which} className="font-choice">
                  <SelectInput
                    id={brandFieldId(['fonts', which])}
                    label={which === 'heading' ? 'Heading font' : 'Body font'}
                    value={value}
                    problem={problemFor(brandFieldId(['fonts', which]))}
                    options={fontChoices.map((font) => ({ value: font, label: isFontFile(font) ? `${font} (added file)` : `${font} (bundled)` }))}
                    onChange={set}
                  />
                  <BrandFileInput
                    id={`brand-fonts-${which}-file`}
                    brandId={id}
                    brandTitle={title}
                    role="font"
                    label={`Add a font file for the ${which === 'heading' ? 'headings' : 'body text'}`}
                    hint="A TTF or OTF file with the letters of English, Welsh and Gaelic."
                    onAdded={(file, original) => {
                      setAddedFonts((before) => [...before, file]);
                      set(file);
                      setNews(`Added the font ${original} for the ${which === 'heading' ? 'headings' : 'body text'}.`);
                    }}
                  />
                </div>
              );
            })}
          </section>

          <section aria-labelledby="brand-section-about">
            <h2 id="brand-section-about">About the organisation</h2>
            <p className="hint">Paragraphs printed after the notes under “About {form.name.trim() || 'the organisation'}”. Text can have **bold**, *italic* and [link words](https://…).</p>
            {form.boilerplate.map((row, index) => {
              const stem = `brand-boilerplate-${index}`;
              const problem = problemFor(stem);
              return (
                <div key={row.key} className="brand-row" role="group" aria-label={`“About” paragraph ${index + 1}`} onKeyDown={rowKeyDown(index, (from, to) => move('boilerplate', from, to))}>
                  <label htmlFor={stem}>Paragraph {index + 1}</label>
                  {problem && (
                    <p id={`${stem}-problem`} className="error-message field-error">
                      {problem}
                    </p>
                  )}
                  <textarea
                    id={stem}
                    rows={3}
                    value={row.text}
                    aria-describedby={problem ? `${stem}-problem` : undefined}
                    aria-invalid={problem ? true : undefined}
                    onChange={(event) => {
                      const text = event.target.value;
                      edit((before) => ({ ...before, boilerplate: before.boilerplate.map((paragraph, at) => (at === index ? { ...paragraph, text } : paragraph)) }));
                    }}
                  />
                  <RowControls stem={stem} name={`“About” paragraph ${index + 1}`} index={index} count={form.boilerplate.length} removeLabel="Remove paragraph" onMove={(from, to) => move('boilerplate', from, to)} onRemove={(at) => remove('boilerplate', at)} />
                </div>
              );
            })}
            <button
              type="button"
              onClick={() => {
                focusNext.current = `brand-boilerplate-${form.boilerplate.length}`;
                edit((before) => ({ ...before, boilerplate: [...before.boilerplate, { key: rowKey(), text: '' }] }));
              }}
            >
              Add paragraph
            </button>
          </section>

          <section aria-labelledby="brand-section-footer">
            <h2 id="brand-section-footer">Footer</h2>
            <TextInput id={brandFieldId(['footer'])} label="Footer line" hint="An address or legal line printed at the foot of every page." value={form.footer} problem={problemFor(brandFieldId(['footer']))} onChange={(footer) => edit((before) => ({ ...before, footer }))} />
          </section>
        </form>

        <aside className="brand-side" aria-labelledby="brand-section-preview">
          <h2 id="brand-section-preview">Preview</h2>
          <BrandPreview brandId={id} form={form} />
        </aside>
      </div>

      {leaving && (
        <ConfirmDialog
          title="Leave without saving?"
          confirmLabel="Leave and lose the changes"
          danger
          onConfirm={async () => {
            leaving(true);
            setLeaving(null);
          }}
          onCancel={() => {
            leaving(false);
            setLeaving(null);
          }}
        >
          <p>The latest changes to “{title}” are not saved, because the brand has problems to fix (they are listed at the top of the page). Stay to fix them, or leave and lose those changes.</p>
        </ConfirmDialog>
      )}
    </main>
  );
}

/** The label of the field a problem's id is about, as the summary at the top names it. */
function labelOfFieldId(fieldId: string): string {
  const path = fieldId
    .replace(/^brand-/, '')
    .split('-')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return brandFieldLabel(path);
}

interface TextInputProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string;
  readonly value: string;
  readonly problem: string | undefined;
  readonly required?: boolean;
  readonly onChange: (value: string) => void;
}

function TextInput({ id, label, hint, value, problem, required, onChange }: TextInputProps) {
  const hintId = useId();
  const describedBy = [problem ? `${id}-problem` : null, hint ? hintId : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {problem && (
        <p id={`${id}-problem`} className="error-message field-error">
          {problem}
        </p>
      )}
      <input
        id={id}
        type="text"
        value={value}
        autoComplete="off"
        aria-required={required ? true : undefined}
        aria-invalid={problem ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

interface SelectInputProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly problem: string | undefined;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly onChange: (value: string) => void;
}

function SelectInput({ id, label, value, problem, options, onChange }: SelectInputProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {problem && (
        <p id={`${id}-problem`} className="error-message field-error">
          {problem}
        </p>
      )}
      <select id={id} value={value} aria-invalid={problem ? true : undefined} aria-describedby={problem ? `${id}-problem` : undefined} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The label above releases: one of the three offices use, or (for a brand written by hand) the one it has. */
function LabelChoice({ value, problem, onChange }: { readonly value: string; readonly problem: string | undefined; readonly onChange: (value: string) => void }) {
  const choices: readonly string[] = RELEASE_LABELS.includes(value as (typeof RELEASE_LABELS)[number]) ? RELEASE_LABELS : [...RELEASE_LABELS, value];
  return (
    <SelectInput
      id={brandFieldId(['label'])}
      label="Label above releases"
      value={value}
      problem={problem}
      options={choices.map((choice) => ({ value: choice, label: choice }))}
      onChange={onChange}
    />
  );
}
