import { readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGUAGE_LETTERS } from '../brands/font-check';
import { bundledFont, subsetFont } from '../brands/font-fixtures.test-helper';
import { dispatch } from './dispatch';
import { copySeed, removeTempFolders, testHost } from './host.test-helper';

afterAll(removeTempFolders);

const colours = { primary: '#1b2f52', accent: '#a4471b', text: '#0b0c0c' };
const base64 = (bytes: Uint8Array | string): string => Buffer.from(bytes).toString('base64');
const png = async (colour = '#1d70b8'): Promise<Uint8Array> => sharp({ create: { width: 4, height: 3, channels: 3, background: colour } }).png().toBuffer();
const projectBrand = async (dir: string): Promise<Record<string, unknown>> => JSON.parse(await readFile(path.join(dir, 'project.json'), 'utf8')).brand;

describe('brands:*', () => {
  it('lists, gets, saves (a built-in as a copy) and deletes through dispatch', async () => {
    const { call, refusal } = await testHost();
    const { rows } = await call('brands:list', {});
    expect(rows.map((row) => row.id)).toEqual(['plain', 'aberhaven-council']);
    const { brand, builtIn } = await call('brands:get', { id: 'aberhaven-council' });
    expect(builtIn).toBe(true);
    expect(await call('brands:save', { id: 'aberhaven-council', brand: { ...brand, label: 'Media statement' } })).toEqual({ id: 'aberhaven-council-2' });
    expect((await call('brands:list', {})).rows.at(-1)).toEqual({ id: 'aberhaven-council-2', name: 'Aberhaven Council', label: 'Media statement', builtIn: false });
    expect(await call('brands:delete', { id: 'aberhaven-council-2' })).toEqual({ ok: true, binName: expect.stringMatching(/^aberhaven-council-2--\d{13}-[0-9a-f]{8}$/) });
    expect(await refusal('brands:delete', { id: 'plain' })).toContain('"Plain" is a brand built into Pressdesk, so it cannot be deleted');
    expect(await refusal('brands:get', { id: '../people' })).toContain('malformed request');
    expect(await refusal('brands:get', { id: 'nowhere' })).toBe('There is no brand "nowhere" in the brand library; it may have been deleted. Choose a brand from the list again.');
    expect(await refusal('brands:save', { brand: { name: 'X', colours: { ...colours, primary: 'blue' } } })).toContain('must be a colour written #rrggbb');
  });
});

describe('brands:duplicate, brands:delete and brands:restore (Undo), brands:file', () => {
  it('duplicates a built-in brand and a workspace brand with their files, leaving the original as it was', async () => {
    const { call, workspace } = await testHost();
    const copy = await call('brands:duplicate', { id: 'aberhaven-council' });
    expect(copy).toEqual({ id: 'aberhaven-council-copy' });
    const { brand, builtIn } = await call('brands:get', copy);
    expect(builtIn).toBe(false);
    expect(brand).toMatchObject({ title: 'Aberhaven Council (copy)', name: 'Aberhaven Council', logo: 'logo.svg' });
    expect((await readdir(path.join(workspace, 'brands', copy.id))).sort()).toEqual(['brand.json', 'logo.svg']);
    const again = await call('brands:duplicate', copy);
    expect(again).toEqual({ id: 'aberhaven-council-copy-copy' });
    expect((await call('brands:get', { id: 'aberhaven-council' })).brand).not.toHaveProperty('title', 'Aberhaven Council (copy)');
  });

  it('puts a deleted brand back under its id with Undo, or beside a brand made since with that id', async () => {
    const { call, refusal } = await testHost();
    const { id } = await call('brands:save', { brand: { name: 'Harbour Trust', colours } });
    const { binName } = await call('brands:delete', { id });
    expect((await call('brands:list', {})).rows.map((row) => row.id)).toEqual(['plain', 'aberhaven-council']);
    expect(await call('brands:restore', { binName: binName! })).toEqual({ id });
    expect((await call('brands:get', { id })).brand.name).toBe('Harbour Trust');

    const second = await call('brands:delete', { id });
    await call('brands:save', { brand: { name: 'Harbour Trust', colours } });
    expect(await call('brands:restore', { binName: second.binName! })).toEqual({ id: `${id}-2` });
    expect(await refusal('brands:restore', { binName: second.binName! })).toContain('can no longer be put back');
    expect(await call('brands:delete', { id: 'never-made' })).toEqual({ ok: true });
  });

  it('refuses malformed bin names and file names before reaching the disk', async () => {
    const { refusal } = await testHost();
    for (const binName of ['../x--1234567890123-abcdef01', 'x', 'x--1-abcdef01', '.bin']) {
      expect(await refusal('brands:restore', { binName })).toContain('is not a deleted brand');
    }
    for (const file of ['../brand.json', 'brand.json', '.hidden.png', 'a/b.png', 'C:x.png', 'png', 'logo.gif', '']) {
      expect(await refusal('brands:file', { id: 'aberhaven-council', file })).toContain('malformed request');
    }
    expect(await refusal('brands:file', { id: 'aberhaven-council', file: 'logo.svg', extra: 1 })).toContain('malformed request');
  });

  it('sends a logo of the brand folder as bytes with its type, refusing links and missing files', async () => {
    const { call, refusal, workspace } = await testHost();
    const svg = await call('brands:file', { id: 'aberhaven-council', file: 'logo.svg' });
    expect(svg.mediaType).toBe('image/svg+xml');
    expect(Buffer.from(svg.base64, 'base64').toString('utf8')).toContain('<svg');
    const { id } = await call('brands:save', { brand: { name: 'Harbour Trust', colours } });
    const { path: logo } = await call('brands:import-file', { id, role: 'logo', fileName: 'logo.png', base64: base64(await png()) });
    // Shown as soon as it is imported, before a save names it.
    expect(await call('brands:file', { id, file: logo })).toEqual({ mediaType: 'image/png', base64: base64(await readFile(path.join(workspace, 'brands', id, logo))) });
    expect(await refusal('brands:file', { id, file: 'missing.png' })).toContain('is missing from the brand folder');
    await symlink('/etc/passwd', path.join(workspace, 'brands', id, 'linked.png'));
    expect(await refusal('brands:file', { id, file: 'linked.png' })).toContain('is not a plain file in the brand folder');
  });

  it('gives each problem of a brand it refuses to save with its path, for the field', async () => {
    const { host } = await testHost();
    const result = await dispatch(host.handlers, 'brands:save', { brand: { name: '', colours: { ...colours, accent: 'green' }, partners: [{ name: 'NHS', logo: '../x.png' }] } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toMatch(/^This brand: 3 problems stop it being saved/);
    expect(result.error.problems?.map((problem) => problem.path)).toEqual(expect.arrayContaining([['name'], ['colours', 'accent'], ['partners', 0, 'logo']]));
  });
});

describe('brands:import-file', () => {
  const newBrand = async () => {
    const host = await testHost();
    const { id } = await host.call('brands:save', { brand: { name: 'Harbour Trust', colours } });
    return { ...host, id };
  };

  it('adds PNG, JPEG and SVG logos and TTF fonts under the name of what they really are', async () => {
    const { call, id, workspace } = await newBrand();
    expect(await call('brands:import-file', { id, role: 'logo', fileName: 'Trust Logo.JPG', base64: base64(await png()) })).toEqual({ path: 'trust-logo.png' });
    const jpeg = await sharp({ create: { width: 4, height: 3, channels: 3, background: '#fff' } }).jpeg().toBuffer();
    expect(await call('brands:import-file', { id, role: 'partner-logo', fileName: 'NHS Borders.jpeg', base64: base64(jpeg) })).toEqual({ path: 'nhs-borders.jpg' });
    const logo = await readFile(new URL('../../resources/brands/aberhaven-council/logo.svg', import.meta.url));
    expect(await call('brands:import-file', { id, role: 'logo', fileName: 'mark.svg', base64: base64(logo) })).toEqual({ path: 'mark.svg' });
    const font = bundledFont('LiberationSans-Regular.ttf');
    expect(await call('brands:import-file', { id, role: 'font', fileName: 'LiberationSans-Regular.ttf', base64: base64(font) })).toEqual({ path: 'liberationsans-regular.ttf' });
    const saved = { name: 'Harbour Trust', colours, logo: 'mark.svg', partners: [{ name: 'NHS Borders', logo: 'nhs-borders.jpg' }], fonts: { heading: 'liberationsans-regular.ttf', body: 'Arial' } };
    expect(await call('brands:save', { id, brand: saved })).toEqual({ id });
    expect((await readdir(path.join(workspace, 'brands', id))).sort()).toEqual(['brand.json', 'liberationsans-regular.ttf', 'mark.svg', 'nhs-borders.jpg', 'trust-logo.png']);
  });

  it('refuses an SVG that runs scripts or links out, saying why and what to do', async () => {
    const { refusal, id, workspace } = await newBrand();
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="x()"><image href="https://tracker.example/p.png"/></svg>';
    expect(await refusal('brands:import-file', { id, role: 'logo', fileName: 'logo.svg', base64: base64(svg) })).toBe(
      '"logo.svg" was not added to the brand "Harbour Trust", because it runs a script when something happens (the onload attribute of <svg>); and links to ' +
        '"https://tracker.example/p.png" (the href of <image>); a logo must hold everything it shows. Save the logo again from your design program as a plain SVG (or as a PNG) and add that.',
    );
    expect(await readdir(path.join(workspace, 'brands', id))).toEqual(['brand.json']);
  });

  it('refuses a 40 MB logo before decoding it, and what is not a logo', async () => {
    const { refusal, id } = await newBrand();
    const fortyMegabytes = 'A'.repeat(Math.ceil((40 * 1024 * 1024 * 4) / 3));
    expect(await refusal('brands:import-file', { id, role: 'logo', fileName: 'huge.png', base64: fortyMegabytes })).toBe(
      '"huge.png" was not added to the brand "Harbour Trust", because it is more than the 40 MB Pressdesk accepts. Save a smaller copy of the logo (an SVG, or a PNG about 1000 pixels wide) and add that instead.',
    );
    expect(await refusal('brands:import-file', { id, role: 'logo', fileName: 'logo.gif', base64: base64('GIF89a…') })).toContain('Logos that work are PNG, JPEG or SVG files.');
    const cut = (await png()).subarray(0, 30);
    expect(await refusal('brands:import-file', { id, role: 'logo', fileName: 'cut.png', base64: base64(cut) })).toContain('could not be read as a PNG picture');
  });

  it('refuses a broken font and one without ŵ, naming the file and the letters', async () => {
    const { refusal, id } = await newBrand();
    const broken = bundledFont('LiberationSans-Regular.ttf').slice(0, 3000);
    expect(await refusal('brands:import-file', { id, role: 'font', fileName: 'Broken.ttf', base64: base64(broken) })).toBe(
      '"Broken.ttf" was not added to the brand "Harbour Trust", because it is damaged: it cannot be read as a font.',
    );
    const all = LANGUAGE_LETTERS.map(({ letters }) => letters).join('');
    const noWelsh = subsetFont(all.replace(/[ŵŴ]/g, ''));
    expect(await refusal('brands:import-file', { id, role: 'font', fileName: 'Corporate Sans.ttf', base64: base64(noWelsh) })).toBe(
      '"Corporate Sans.ttf" was not added to the brand "Harbour Trust", because it lacks letters needed for Welsh: ŵ Ŵ. Choose a font that has them, or use one of the bundled fonts.',
    );
  });

  it('refuses to add files to a built-in brand', async () => {
    const { refusal } = await testHost();
    expect(await refusal('brands:import-file', { id: 'plain', role: 'logo', fileName: 'a.png', base64: base64(await png()) })).toContain('"Plain" is a brand built into Pressdesk');
  });
});

describe('project:apply-brand', () => {
  it('copies the brand and its files into the project, says what changed, and changes nothing the second time', async () => {
    const { call, workspace } = await testHost();
    const dir = await copySeed(workspace);
    const applied = await call('project:apply-brand', { name: 'harbour-wall', brandId: 'aberhaven-council' });
    // The seed already carries Aberhaven's colours, label and words; only the logo differs (a PNG there).
    expect(applied).toEqual({ changes: ['Brand “Aberhaven Council” applied', 'Logo changed'], savedTo: 'project' });
    const brand = await projectBrand(dir);
    expect(brand).toMatchObject({ name: 'Aberhaven Council', logo: expect.stringMatching(/^assets\/brand\/logo-[0-9a-f]{8}\.svg$/), source: { id: 'aberhaven-council', appliedAt: '2026-03-04T12:00:00.000Z' } });
    expect(brand).not.toHaveProperty('title');
    expect(await readFile(path.join(dir, String(brand.logo)), 'utf8')).toContain('<svg');
    // The project opens and checks as before: the snapshot is a valid Brand.
    const opened = await call('project:open', { name: 'harbour-wall' });
    expect(opened.project.brand).toEqual(brand);
    expect(await call('project:apply-brand', { name: 'harbour-wall', brandId: 'aberhaven-council' })).toEqual({ changes: [], savedTo: 'project' });
  });

  it('updates to the latest brand, listing the changes and tidying the files no longer used', async () => {
    const { call, workspace } = await testHost();
    const dir = await copySeed(workspace);
    const { id } = await call('brands:save', { brand: { name: 'Borders Council', colours } });
    const first = await call('brands:import-file', { id, role: 'logo', fileName: 'logo.png', base64: base64(await png('#112233')) });
    await call('brands:save', { id, brand: { name: 'Borders Council', colours, logo: first.path, footer: 'Newtown' } });
    await call('project:apply-brand', { name: 'harbour-wall', brandId: id });
    const oldLogo = String((await projectBrand(dir)).logo);

    const second = await call('brands:import-file', { id, role: 'logo', fileName: 'logo.png', base64: base64(await png('#445566')) });
    const partner = await call('brands:import-file', { id, role: 'partner-logo', fileName: 'nhs.png', base64: base64(await png('#005eb8')) });
    await call('brands:save', {
      id,
      brand: { name: 'Borders Council', colours: { ...colours, primary: '#00507a' }, logo: second.path, footer: 'Newtown St Boswells', partners: [{ name: 'NHS Borders', logo: partner.path }] },
    });
    expect((await call('project:apply-brand', { name: 'harbour-wall', brandId: id })).changes).toEqual([
      'Logo changed',
      'Primary colour #1b2f52 → #00507a',
      'Partner logos: NHS Borders added',
      'Footer line changed',
    ]);
    const files = await readdir(path.join(dir, 'assets', 'brand'));
    expect(files).not.toContain(path.basename(oldLogo));
    expect(files).toHaveLength(2);
  });

  it('puts the brand into newer unsaved changes (the draft) rather than hide them', async () => {
    const { call, workspace } = await testHost();
    const dir = await copySeed(workspace);
    const project = JSON.parse(await readFile(path.join(dir, 'project.json'), 'utf8'));
    await call('project:save', { name: 'harbour-wall', project: { ...project, release: { ...project.release, headline: '' } } });
    const applied = await call('project:apply-brand', { name: 'harbour-wall', brandId: 'plain' });
    expect(applied.savedTo).toBe('draft');
    expect(applied.changes[0]).toBe('Brand “Plain” applied');
    expect(applied.changes).toContain('Organisation name “Aberhaven Council” → “Press office”');
    const opened = await call('project:open', { name: 'harbour-wall' });
    expect(opened.project.brand).toMatchObject({ name: 'Press office', source: { id: 'plain' } });
    expect((opened.project.release as { headline: string }).headline).toBe('');
    expect((await projectBrand(dir)).name).toBe('Aberhaven Council');
  });

  it('refuses a brand whose folder holds a file that fails the checks, embedding nothing from it', async () => {
    const { call, refusal, workspace } = await testHost();
    const dir = await copySeed(workspace);
    const { id } = await call('brands:save', { brand: { name: 'Sneaky', colours } });
    await writeFile(path.join(workspace, 'brands', id, 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>x()</script></svg>');
    await call('brands:save', { id, brand: { name: 'Sneaky', colours, logo: 'logo.svg' } });
    const before = await readFile(path.join(dir, 'project.json'), 'utf8');
    expect(await refusal('project:apply-brand', { name: 'harbour-wall', brandId: id })).toBe(
      'harbour-wall: the brand "Sneaky" was not applied, because its file "logo.svg" contains a script (<script>). Save the logo again from your design program as a plain SVG (or as a PNG) and add that.',
    );
    expect(await readFile(path.join(dir, 'project.json'), 'utf8')).toBe(before);
    expect(await readdir(path.join(dir, 'assets'))).not.toContain('brand');
  });
});
