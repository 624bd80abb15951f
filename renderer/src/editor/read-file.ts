/** The largest picture the editor sends to assets:import (the contract allows 70 MB of base64, about 52 MB). */
export const MAX_PICTURE_BYTES = 50 * 1024 * 1024;

/** A file's bytes as base64 (without the data: URL prefix FileReader adds). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result ?? '');
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}
