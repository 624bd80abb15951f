import { describe, expect, it } from 'vitest';
import {
  ImageDamagedError,
  ImageProblemError,
  ImageTimeoutError,
  ImageTooLargeError,
  ImageTruncatedError,
  ImageTypeMismatchError,
  ImageUnreadableError,
  ImageUnsupportedError,
} from './errors';

const project = 'harbour-wall';
const file = 'assets/harbour.png';

describe('image errors', () => {
  const all = [
    new ImageUnreadableError(project, file),
    new ImageUnsupportedError(project, file, 'svg'),
    new ImageTypeMismatchError(project, file, 'jpeg', '.png', 'png'),
    new ImageTruncatedError(project, file),
    new ImageDamagedError(project, file, 'png'),
    new ImageTimeoutError(project, file, 10_000),
    new ImageTooLargeError(project, file, 100_000_000, { widthPx: 12_000, heightPx: 9000 }),
  ];

  it.each(all.map((error) => [error.name, error] as const))('%s is an ImageProblemError naming the project and file', (name, error) => {
    expect(error).toBeInstanceOf(ImageProblemError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe(name);
    expect(error.name).toBe(error.constructor.name);
    expect(error.project).toBe(project);
    expect(error.file).toBe(file);
    expect(error.message.startsWith(`${project}: "${file}" `)).toBe(true);
    expect(String(error)).toBe(`${name}: ${error.message}`);
  });

  it('words a cut-short file as the brief asks', () => {
    expect(new ImageTruncatedError(project, file).message).toBe(
      'harbour-wall: "assets/harbour.png" is cut short (the file is incomplete); export it again from your photo editor or choose another picture',
    );
  });

  it('gives the size of an over-size picture in pixels and megapixels', () => {
    expect(new ImageTooLargeError(project, file, 100_000_000, { widthPx: 12_000, heightPx: 9000 }).message).toBe(
      'harbour-wall: "assets/harbour.png" is 12000 × 9000 pixels (108 megapixels), more than the 100 megapixels Pressdesk can take; ' +
        'save a smaller copy (2000 pixels on the long edge is plenty for print) and choose that',
    );
  });

  it('gives time limits in words', () => {
    expect(new ImageTimeoutError(project, file, 10_000).message).toContain('took longer than 10 seconds to read');
    expect(new ImageTimeoutError(project, file, 1500).message).toContain('longer than 1.5 seconds');
    expect(new ImageTimeoutError(project, file, 1).message).toContain('longer than 1 millisecond');
  });

  it('keeps sharp’s own error as the cause, for the log', () => {
    const cause = new Error('pngload_buffer: end of stream');
    expect(new ImageTruncatedError(project, file, { cause }).cause).toBe(cause);
  });
});
