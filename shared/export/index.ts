export * from './export-project';
