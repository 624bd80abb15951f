import { readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addBrandFile, BrandAssetError, BrandFileError, BrandLinkError, BrandMissingError, BrandReadOnlyError, BRANDS_DIR,
  BRAND_BIN_DIR, deleteBrand, getBrand, listBrands, readBrandFile, saveBrand } from './brand-store';
import { WorkspaceMissingError } from './errors';
import { removeTempFolders, tempFolder } from './fixtures.test-helper';

afterAll(removeTempFolders);

const colours = { primary: '#1b2f52', accent: '#a4471b', text: '#0b0c0c' };

describe('the brand library', () => {
  it('lists the built-in brands, Plain first, read from resources/brands', async () => {
    const workspace = await tempFolder();
    const { rows, problems } = await listBrands(workspace);
    expect(rows).toEqual([
      { id: 'plain', name: 'Plain', label: 'News release', builtIn: true },
      { id: 'aberhaven-council', name: 'Aberhaven Council', label: 'Press release', builtIn: true },
    ]);
    expect(problems).toEqual([]);
    const aberhaven = await getBrand(workspace, 'aberhaven-council');
    expect(aberhaven).toMatchObject({ builtIn: true, brand: { logo: 'logo.svg', colours: { primary: '#0b4f6c' } } });
  });

  it('saves a new brand under a unique slug of its name, then replaces it by id, durably through lowdb', async () => {
    const workspace = await tempFolder();
    const id = await saveBrand(workspace, undefined, { name: 'Cyngor Sir Ynys Môn', colours });
    expect(id).toBe('cyngor-sir-ynys-mon');
    expect(await saveBrand(workspace, undefined, { name: 'Cyngor Sir Ynys Môn', colours })).toBe('cyngor-sir-ynys-mon-2');
    expect(await saveBrand(workspace, id, { name: 'Cyngor Sir Ynys Môn', label: 'Datganiad i’r wasg', colours })).toBe(id);
    const file = path.join(workspace, BRANDS_DIR, id, 'brand.json');
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ name: 'Cyngor Sir Ynys Môn', label: 'Datganiad i’r wasg', colours });
    expect((await listBrands(workspace)).rows.filter((row) => !row.builtIn).map((row) => row.id)).toEqual([id, `${id}-2`]);
    // No temp files left beside it.
    expect(await readdir(path.dirname(file))).toEqual(['brand.json']);
  });

  it('saves a built-in brand as a workspace copy with its files, never changing the original', async () => {
    const workspace = await tempFolder();
    const { brand } = await getBrand(workspace, 'aberhaven-council');
    const id = await saveBrand(workspace, 'aberhaven-council', { ...brand, footer: 'Changed' });
    expect(id).toBe('aberhaven-council-2');
    expect((await readdir(path.join(workspace, BRANDS_DIR, id))).sort()).toEqual(['brand.json', 'logo.svg']);
    expect((await getBrand(workspace, 'aberhaven-council')).brand.footer).not.toBe('Changed');
    expect((await getBrand(workspace, 'plain')).brand.name).toBe('Press office');
    await expect(deleteBrand(workspace, 'plain')).rejects.toThrow('"Plain" is a brand built into Pressdesk, so it cannot be deleted');
    await expect(addBrandFile(workspace, 'plain', 'logo', 'png', new Uint8Array(1))).rejects.toBeInstanceOf(BrandReadOnlyError);
  });

  it('adds files under unique names and refuses a brand naming a file its folder lacks', async () => {
    const workspace = await tempFolder();
    const id = await saveBrand(workspace, undefined, { name: 'Harbour Trust', colours });
    expect(await addBrandFile(workspace, id, 'logo', 'png', new Uint8Array([1]))).toBe('logo.png');
    expect(await addBrandFile(workspace, id, 'logo', 'png', new Uint8Array([2]))).toBe('logo-2.png');
    await saveBrand(workspace, id, { name: 'Harbour Trust', colours, logo: 'logo-2.png' });
    await expect(saveBrand(workspace, id, { name: 'Harbour Trust', colours, partners: [{ name: 'NHS Borders', logo: 'nhs.png' }] })).rejects.toThrow(
      'The brand "Harbour Trust": the partner logo "nhs.png" is not in the brand\'s folder. Add the file to the brand again, then save.',
    );
    await expect(saveBrand(workspace, id, { name: 'Harbour Trust', colours, logo: '../people.json' })).rejects.toThrow(/the logo must be the name of a file in the brand folder/);
    const stored = await getBrand(workspace, id);
    expect(await readBrandFile(stored, 'logo-2.png', 10)).toEqual(new Uint8Array([2]));
    await expect(readBrandFile(stored, 'logo-2.png', 0)).rejects.toBeInstanceOf(BrandAssetError);
    await symlink('/etc/hostname', path.join(stored.dir, 'link.png'));
    await expect(readBrandFile(stored, 'link.png', 100)).rejects.toThrow('is not a plain file in the brand folder');
  });

  it('moves a deleted brand and its files to the bin, emptied of brands older than 30 days; deleting it again is not an error', async () => {
    const workspace = await tempFolder();
    const id = await saveBrand(workspace, undefined, { name: 'Gone', colours });
    const old = await saveBrand(workspace, undefined, { name: 'Older', colours });
    const first = await deleteBrand(workspace, old, { now: () => new Date('2026-01-01T00:00:00Z') });
    expect(await readdir(path.join(workspace, BRANDS_DIR, BRAND_BIN_DIR))).toEqual([first]);
    const binName = await deleteBrand(workspace, id, { now: () => new Date('2026-02-01T00:00:00Z') });
    expect(await deleteBrand(workspace, id)).toBeUndefined();
    expect(await readdir(path.join(workspace, BRANDS_DIR))).toEqual([BRAND_BIN_DIR]);
    expect(await readdir(path.join(workspace, BRANDS_DIR, BRAND_BIN_DIR))).toEqual([binName]);
    expect(await readdir(path.join(workspace, BRANDS_DIR, BRAND_BIN_DIR, binName!))).toEqual(['brand.json']);
    await expect(getBrand(workspace, id)).rejects.toBeInstanceOf(BrandMissingError);
    await expect(saveBrand(workspace, id, { name: 'Gone', colours })).rejects.toBeInstanceOf(BrandMissingError);
  });

  it('reports a damaged brand.json instead of listing it, and leaves it as it is', async () => {
    const workspace = await tempFolder();
    const id = await saveBrand(workspace, undefined, { name: 'Broken', colours });
    const file = path.join(workspace, BRANDS_DIR, id, 'brand.json');
    await writeFile(file, '{ "name": ');
    const { rows, problems } = await listBrands(workspace);
    expect(rows.map((row) => row.id)).not.toContain(id);
    expect(problems).toEqual([expect.stringContaining('brand.json is damaged')]);
    await expect(getBrand(workspace, id)).rejects.toBeInstanceOf(BrandFileError);
    await expect(saveBrand(workspace, id, { name: 'Broken', colours })).rejects.toBeInstanceOf(BrandFileError);
    expect(await readFile(file, 'utf8')).toBe('{ "name": ');
  });

  it('never makes a missing workspace', async () => {
    const workspace = path.join(await tempFolder(), 'unplugged');
    await expect(saveBrand(workspace, undefined, { name: 'X', colours })).rejects.toBeInstanceOf(WorkspaceMissingError);
  });

  it('refuses a brand folder that is a link to a folder elsewhere: not listed, not opened, its files not read', async () => {
    const workspace = await tempFolder();
    const elsewhere = await tempFolder();
    const realId = await saveBrand(elsewhere, undefined, { name: 'Planted', colours });
    await addBrandFile(elsewhere, realId, 'logo', 'png', new Uint8Array([1, 2, 3]));
    await saveBrand(workspace, undefined, { name: 'Own brand', colours });
    await symlink(path.join(elsewhere, BRANDS_DIR, realId), path.join(workspace, BRANDS_DIR, 'planted'));
    const { rows, problems } = await listBrands(workspace);
    expect(rows.map((row) => row.id)).not.toContain('planted');
    expect(rows.map((row) => row.id)).toContain('own-brand');
    expect(problems.join('\n')).toContain('planted');
    expect(problems.join('\n')).toContain('is a link to a folder elsewhere');
    await expect(getBrand(workspace, 'planted')).rejects.toBeInstanceOf(BrandLinkError);
  });
});
