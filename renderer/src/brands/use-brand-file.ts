import { useEffect, useState } from 'react';
import { call } from '../ipc/client';

/*
 * A brand's logo or font file, for the editor's own display: its bytes come through the contract (brands:file, by the
 * brand's id and the file's name, never a path) and become a data: URL, which the window's CSP allows for pictures,
 * or a FontFace. Files in a brand's folder are never replaced (an import gets a new name), so they are kept for the
 * window's life by id and name.
 */

type Loaded = { readonly ok: true; readonly mediaType: string; readonly base64: string } | { readonly ok: false; readonly message: string };

const cache = new Map<string, Promise<Loaded>>();

function load(id: string, file: string): Promise<Loaded> {
  const key = `${id}/${file}`;
  let loaded = cache.get(key);
  if (loaded === undefined) {
    loaded = call('brands:file', { id, file }).then((result) => (result.ok ? { ok: true as const, ...result.value } : { ok: false as const, message: result.error.message }));
    // A failure is not kept: the file may be put back, and the next look tries again.
    void loaded.then((result) => !result.ok && cache.delete(key));
    cache.set(key, loaded);
  }
  return loaded;
}

export type FileUrl = { readonly kind: 'none' } | { readonly kind: 'loading' } | { readonly kind: 'ready'; readonly url: string } | { readonly kind: 'failed'; readonly message: string };

/** A data: URL of a picture in the brand folder, for an <img>. */
export function useBrandFileUrl(id: string, file: string | null): FileUrl {
  const [state, setState] = useState<{ readonly key: string; readonly value: FileUrl } | null>(null);
  const key = file === null ? '' : `${id}/${file}`;
  useEffect(() => {
    if (file === null) return;
    let live = true;
    void load(id, file).then((loaded) => {
      if (!live) return;
      setState({ key, value: loaded.ok ? { kind: 'ready', url: `data:${loaded.mediaType};base64,${loaded.base64}` } : { kind: 'failed', message: loaded.message } });
    });
    return () => {
      live = false;
    };
  }, [id, file, key]);
  if (file === null) return { kind: 'none' };
  return state?.key === key ? state.value : { kind: 'loading' };
}

const faces = new Map<string, Promise<string | null>>();

/**
 * The CSS family name of a font file of the brand, loaded into the page (document.fonts) for the preview; null while
 * it loads or when it cannot be (the preview then shows the standard font).
 */
export function useBrandFont(id: string, file: string | null): string | null {
  const [family, setFamily] = useState<{ readonly key: string; readonly name: string | null } | null>(null);
  const key = file === null ? '' : `${id}/${file}`;
  useEffect(() => {
    if (file === null) return;
    let live = true;
    let loading = faces.get(key);
    if (loading === undefined) {
      const name = `pressdesk-brand-${faces.size + 1}`;
      loading = load(id, file).then(async (loaded) => {
        if (!loaded.ok) return null;
        try {
          const bytes = Uint8Array.from(atob(loaded.base64), (char) => char.charCodeAt(0));
          const face = await new FontFace(name, bytes.buffer).load();
          document.fonts.add(face);
          return name;
        } catch {
          return null;
        }
      });
      faces.set(key, loading);
    }
    void loading.then((name) => live && setFamily({ key, name }));
    return () => {
      live = false;
    };
  }, [id, file, key]);
  return file !== null && family?.key === key ? family.name : null;
}
