import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import sharp from 'sharp';

/**
 * Two copies of a release for the brand row of the bench: one with the plain brand (no brand in project.json), one
 * co-branded like a joint release: its own PNG logo, two partners' PNG logos and a TTF font for headings and body
 * (DejaVu Sans from resources/fonts/, standing in for a council's font). Returns both folders.
 */
export async function writeBrandPair(source: string, work: string): Promise<{ plain: string; branded: string }> {
  const plain = join(work, 'brand-plain');
  const branded = join(work, 'brand-joint');
  for (const dir of [plain, branded]) await cp(source, dir, { recursive: true });
  const project = JSON.parse(await readFile(join(source, 'project.json'), 'utf8')) as Record<string, unknown> & { brand?: Record<string, unknown> };
  delete project.brand;
  await writeFile(join(plain, 'project.json'), JSON.stringify(project, null, 2));

  await mkdir(join(branded, 'assets/brand'), { recursive: true });
  const logo = (colour: string, width: number, height: number) => sharp({ create: { width, height, channels: 3, background: colour } }).png().toBuffer();
  await writeFile(join(branded, 'assets/brand/council.png'), await logo('#1b2f52', 1000, 400));
  await writeFile(join(branded, 'assets/brand/police.png'), await logo('#5694ca', 800, 400));
  await writeFile(join(branded, 'assets/brand/nhs.png'), await logo('#912b88', 600, 600));
  await cp(resolve('resources/fonts/DejaVuSans.ttf'), join(branded, 'assets/brand/brand-sans.ttf'));
  const brand = {
    name: 'Scottish Borders Council',
    logo: 'assets/brand/council.png',
    partners: [
      { name: 'Police Scotland', logo: 'assets/brand/police.png' },
      { name: 'NHS Borders', logo: 'assets/brand/nhs.png' },
    ],
    colours: { primary: '#1b2f52', accent: '#00707a', text: '#0b0c0c' },
    fonts: { heading: 'assets/brand/brand-sans.ttf', body: 'assets/brand/brand-sans.ttf' },
  };
  await writeFile(join(branded, 'project.json'), JSON.stringify({ ...project, brand }, null, 2));
  return { plain, branded };
}
