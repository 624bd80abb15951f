/**
 * Project folders on disk: the only code in shared/ that touches the file system for projects.
 * Main-process code imports from here; the renderer never does (it goes through the IPC contract).
 */
export { createProject, type CreateOptions } from './create-project';
export { USUAL_PACK_SECTIONS, type NewProjectDetails, type NewPackOptions } from './new-project';
export { listProjects, type ProjectSummary } from './list-projects';
export { openProject, type OpenedProject, type OpenOptions } from './open-project';
export { saveProject, type SaveOptions } from './save-project';
export { projectDb, type ProjectDb } from './project-db';
export { ProjectFileAdapter, type ProjectFileOptions } from './project-file-adapter';
export { readAsset, assetVersion, MAX_ASSET_BYTES, type ReadAssetOptions } from './read-asset';
export { slugify } from './slug';
export { writeFileDurably, type WriteFileOptions } from './write-file';
export { ASSETS_DIR, BACKUP_FILE, EXPORTS_DIR, PROJECT_FILE } from './project-paths';
export * from './errors';
export { moveToBin, restoreFromBin, listBin, parseBinName, BIN_DIR, BinMoveError, NotInBinError, type BinnedProject } from './bin';
export { readDraft, writeDraft, removeDraft, DRAFT_FILE, DraftRemoveError, type StoredDraft } from './draft';
export { listPeople, savePerson, deletePerson, PeopleFileAdapter, PeopleFileError, PEOPLE_FILE, type PeopleFile, type PeopleList } from './people-store';
export { listBrands, getBrand, saveBrand, deleteBrand, duplicateBrand, restoreBrand, addBrandFile, readBrandFile, BrandInvalidError, BrandFileAdapter, BrandFileError, BrandLinkError, BrandMissingError, BrandReadOnlyError, BrandAssetError, BRANDS_DIR, BUILT_IN_BRANDS_DIR, type BrandRow, type BrandStoreOptions, type StoredBrand } from './brand-store';
