export * from './export-project';
export { BrandFileError } from './brand-assets';
