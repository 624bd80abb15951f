export * from './export-project';
export { BrandFileError } from './brand-assets';
export { loadPicture, type LoadPicture } from './load-picture';
export { PictureWorker, PictureProblem } from './picture-worker';
