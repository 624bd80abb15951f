export * from './export-project';
export { BrandFileError } from './brand-assets';
export { loadPicture, type LoadPicture } from './load-picture';
export { ExportWorker, PictureProblem } from './export-worker';
