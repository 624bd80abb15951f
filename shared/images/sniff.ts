import type { SniffedFormat } from './formats';

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string): number[] => [...text].map((character) => character.charCodeAt(0));

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const GIF87 = ascii('GIF87a');
const GIF89 = ascii('GIF89a');
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
// Classic TIFF (42) and BigTIFF (43), in both byte orders: libtiff reads all four.
const TIFFS = [
  [0x49, 0x49, 0x2a, 0x00],
  [0x4d, 0x4d, 0x00, 0x2a],
  [0x49, 0x49, 0x2b, 0x00],
  [0x4d, 0x4d, 0x00, 0x2b],
];
const FTYP = ascii('ftyp');
// ISO-BMFF major brands of still pictures. MP4 video shares the box layout, so the brand decides.
const HEIC_BRANDS = ['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'];
const AVIF_BRANDS = ['avif', 'avis'];

// An SVG may open with a BOM, an XML declaration, comments and a doctype before the <svg> root.
// Anchoring on the root (not "contains <svg") keeps an HTML page with inline SVG from passing as a logo.
const SVG_ROOT = /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*)*<svg[\s>/]/i;
const SVG_SNIFF_LENGTH = 4096;

/** The real format of a file from its first bytes, whatever its name says; undefined for anything else. */
export function sniffFormat(bytes: Uint8Array): SniffedFormat | undefined {
  if (startsWith(bytes, PNG)) return 'png';
  if (startsWith(bytes, JPEG)) return 'jpeg';
  if (startsWith(bytes, GIF87) || startsWith(bytes, GIF89)) return 'gif';
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return 'webp';
  if (TIFFS.some((signature) => startsWith(bytes, signature))) return 'tiff';
  if (startsWith(bytes, FTYP, 4)) {
    const brand = String.fromCharCode(...bytes.subarray(8, 12));
    if (AVIF_BRANDS.includes(brand)) return 'avif';
    return HEIC_BRANDS.includes(brand) ? 'heic' : undefined;
  }
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, SVG_SNIFF_LENGTH));
  if (SVG_ROOT.test(head)) return 'svg';
  return undefined;
}

/**
 * Whether a file ends before its format's closing marker. Used only after sharp has refused a file, to tell
 * "cut short" from "damaged" without relying on libvips' wording, which changes between versions.
 */
export function looksCutShort(format: SniffedFormat, bytes: Uint8Array): boolean {
  switch (format) {
    case 'png':
      // The IEND chunk: length 0, type "IEND", then its fixed CRC.
      return !endsWith(bytes, [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
    case 'jpeg':
      // EOI marker. Some cameras append padding after it, so look near the end rather than at it.
      return !hasNear(bytes, [0xff, 0xd9], 64);
    case 'gif':
      return bytes[bytes.length - 1] !== 0x3b;
    default:
      return false;
  }
}

const endsWith = (bytes: Uint8Array, tail: readonly number[]): boolean =>
  startsWith(bytes, tail, bytes.length - tail.length);

function hasNear(bytes: Uint8Array, marker: readonly number[], window: number): boolean {
  for (let offset = bytes.length - marker.length; offset >= Math.max(0, bytes.length - window); offset--) {
    if (startsWith(bytes, marker, offset)) return true;
  }
  return false;
}
