/**
 * `npm run bench`: prints speed and memory figures against the targets in the issues. Figures, not
 * pass/fail tests: a slow CI machine must not fail the build, but a person reading this must see a
 * regression. Run on a quiet machine; medians of warm runs unless said otherwise.
 * In-process renders use the options the export pipeline uses (Node's zlib for compression), as the app and the
 * command line do.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compose } from '../shared/compose';
import type { DocTree } from '../shared/doc-tree';
import { DOCX_OPTIONS, PDF_OPTIONS, contentsPages, exportProject, loadProject } from '../shared/export';
import { bundledFonts } from '../shared/export/bundled-fonts';
import { renderDocx } from '../shared/render-docx';
import { renderPdf } from '../shared/render-pdf';
import { writeBrandPair } from './brand-fixture';
import { writeLongPack } from './long-pack';
import { writeLongRelease } from './long-release';

const SEED = resolve('examples/joint-inspection-2023');
const CLI = resolve('out/cli/pressdesk-export.cjs');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timeWarm(run: () => Promise<unknown>, warmups: number, runs: number): Promise<number> {
  for (let index = 0; index < warmups; index++) await run();
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return median(times);
}

/**
 * Warm medians of several jobs measured in turn (a, b, a, b, …), so that each sees the same heap and the same load
 * on the machine. The growth rows compare sizes: measured one after the other, minutes apart, they compared the
 * bench's own garbage and the machine's mood as much as the renderer (a 200 ÷ 100 of 2.6× in the bench was 1.4–1.9×
 * measured alone).
 */
async function timeAlternating<K extends string | number>(jobs: Record<K, () => Promise<unknown>>, warmups: number, rounds: number): Promise<Record<K, number>> {
  const keys = Object.keys(jobs) as K[];
  for (let index = 0; index < warmups; index++) for (const key of keys) await jobs[key]();
  const times = Object.fromEntries(keys.map((key) => [key, [] as number[]])) as unknown as Record<K, number[]>;
  for (let index = 0; index < rounds; index++) {
    for (const key of keys) {
      const start = performance.now();
      await jobs[key]();
      times[key].push(performance.now() - start);
    }
  }
  return Object.fromEntries(keys.map((key) => [key, median(times[key])])) as unknown as Record<K, number>;
}

function row(what: string, value: string, target: string, ok: boolean | null) {
  const mark = ok === null ? '  ' : ok ? 'ok' : '!!';
  console.log(`${mark}  ${what.padEnd(58)} ${value.padStart(12)}   target ${target}`);
}

/** Wall time of Node starting and running nothing (median of 5). */
function nodeStartMs(env: NodeJS.ProcessEnv = process.env): number {
  return median(Array.from({ length: 5 }, () => {
    const start = performance.now();
    spawnSync(process.execPath, ['-e', '0'], { env });
    return performance.now() - start;
  }));
}

/**
 * Node's start-up as part of a cold command's time. Where the machine sets NODE_EXTRA_CA_CERTS (this sandbox does, for
 * its network proxy), Node reads and parses those certificates before any script runs: ~80 ms here, for certificates
 * an offline command never uses. The rows time the command as run here; this says how much of it that is.
 */
function nodeStartRows(): void {
  row('  of which Node itself starting (no script)', `${nodeStartMs().toFixed(0)} ms`, '(context)', null);
  if (process.env.NODE_EXTRA_CA_CERTS !== undefined) {
    const withoutCertificates = { ...process.env };
    delete withoutCertificates.NODE_EXTRA_CA_CERTS;
    row('    the same without this machine’s NODE_EXTRA_CA_CERTS', `${nodeStartMs(withoutCertificates).toFixed(0)} ms`, '(context)', null);
  }
}

/** Runs the bundled command line in a fresh process; returns wall time and its peak RSS. */
function runCli(args: string[]): { ms: number; peakMb: number; status: number | null } {
  const start = performance.now();
  const child = spawnSync(process.execPath, ['-r', resolve('bench/report-rss.cjs'), CLI, ...args], { encoding: 'utf8' });
  const ms = performance.now() - start;
  const match = /PEAK_RSS_KB=(\d+)/.exec(child.stderr);
  if (child.status !== 0) console.error(child.stderr);
  return { ms, peakMb: match ? Number(match[1]) / 1024 : NaN, status: child.status };
}

function libreOfficePages(docx: string, outDir: string): number | null {
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
  if (!soffice) return null;
  const profile = `file://${join(outDir, 'lo-profile')}`;
  const start = performance.now();
  spawnSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, docx], { encoding: 'utf8' });
  const convertMs = performance.now() - start;
  const pdf = docx.replace(/\.docx$/, '.pdf').replace(/^.*\//, `${outDir}/`);
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const pages = /Pages:\s+(\d+)/.exec(info.stdout ?? '');
  console.log(`    (LibreOffice converted ${docx.split('/').pop()} in ${convertMs.toFixed(0)} ms, cold, first run includes its profile)`);
  return pages ? Number(pages[1]) : null;
}

/** Export time with a joint brand (two partner logos, a brand font) ÷ with the plain brand, per format. */
export async function brandFigures(work: string): Promise<void> {
  const { plain, branded } = await writeBrandPair(SEED, work);
  for (const format of ['docx', 'pdf'] as const) {
    const exportTo = (dir: string) => () => exportProject(dir, { formats: [format], outDir: join(work, `brand-out-${format}`) });
    // 30 rounds to warm up and 301 timed (~25 s a format): a ~40 ms export's median moved by ±5% between runs of 10 and
    // 31 rounds, and still printed 1.05–1.09× over 101 for code that 300 rounds put at 1.05× (the JIT still settling,
    // and a disk flush in either of a pair), more than the difference this row is about.
    const { plain: plainMs, branded: brandedMs } = await timeAlternating({ plain: exportTo(plain), branded: exportTo(branded) }, 30, 301);
    const ratio = brandedMs / plainMs;
    row(`seed ${format.toUpperCase()} export: joint brand (2 partners + font) ÷ plain`, `${ratio.toFixed(2)}×`, 'within 10%', ratio <= 1.1);
    row(`  (plain ${plainMs.toFixed(1)} ms, joint brand ${brandedMs.toFixed(1)} ms, warm medians)`, '', '(context)', null);
  }
}

/**
 * The PDF renderer (issue 3): the seed and generated 100- and 200-page releases rendered in-process, the whole PDF
 * command cold, and LibreOffice converting the same releases' DOCX. Makes what it needs that main() has not.
 */
export async function pdfFigures(work: string): Promise<void> {
  for (const pages of [100, 200]) if (!existsSync(join(work, `long-${pages}`))) await writeLongRelease(join(work, `long-${pages}`), pages);
  if (!existsSync(join(work, 'out-100', 'generated-100-page-release.docx'))) runCli([join(work, 'long-100'), '--out', join(work, 'out-100')]);
  if (!existsSync(join(work, 'joint-inspection-of-children-at-risk-of-harm-may-2023.docx'))) runCli([SEED, '--out', work]);
  const seed = await loadProject(SEED);
  const fonts = await bundledFonts();
  const seedTree = compose({ project: seed.opened.project, images: seed.images });
  const seedPdf = await timeWarm(() => renderPdf(seedTree, fonts, PDF_OPTIONS), 20, 50);
  row('seed PDF: render, in-process (warm median)', `${seedPdf.toFixed(1)} ms`, '≤ 40 ms', seedPdf <= 40);
  const longTrees: Record<number, DocTree> = {};
  for (const pages of [100, 200]) {
    const loaded = await loadProject(join(work, `long-${pages}`));
    longTrees[pages] = compose({ project: loaded.opened.project, images: loaded.images });
  }
  // 21 alternating rounds: over 11, the 200 ÷ 100 ratio of the same code printed 1.76–2.06× from run to run (each
  // render also pays for collecting the one before, whose size alternates).
  const pdfTimes = await timeAlternating({ 100: () => renderPdf(longTrees[100]!, fonts, PDF_OPTIONS), 200: () => renderPdf(longTrees[200]!, fonts, PDF_OPTIONS) }, 6, 21);
  for (const pages of [100, 200] as const) {
    const pdfPages = (await renderPdf(longTrees[pages]!, fonts, PDF_OPTIONS)).bytes;
    const count = (new TextDecoder('latin1').decode(pdfPages).match(/\/Type\s*\/Page\b/g) ?? []).length;
    row(`${pages}-page release: PDF render in-process (warm median), ${count} pages`, `${pdfTimes[pages].toFixed(0)} ms`, pages === 100 ? '≤ 300 ms' : '', pages === 100 ? pdfTimes[pages] <= 300 : null);
  }
  const pdfRatio = pdfTimes[200] / pdfTimes[100];
  row('PDF: 200 pages ÷ 100 pages (linear growth)', `${pdfRatio.toFixed(2)}×`, '≤ 2.2×', pdfRatio <= 2.2);
  // Median of 5: one cold start on a shared machine varies by a quarter either way.
  const pdfRuns = Array.from({ length: 5 }, () => runCli([join(work, 'long-100'), '--format', 'pdf', '--out', join(work, 'pdf-100')]));
  const pdfCli = { ms: median(pdfRuns.map((run) => run.ms)), peakMb: Math.max(...pdfRuns.map((run) => run.peakMb)) };
  row('100-page release: PDF command line, cold wall time (median of 5)', `${pdfCli.ms.toFixed(0)} ms`, '', null);
  nodeStartRows();
  row('100-page release: PDF command line peak RSS', `${pdfCli.peakMb.toFixed(0)} MB`, '', null);
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
  if (soffice) {
    const docx = join(work, 'out-100', 'generated-100-page-release.docx');
    const loTimes = Array.from({ length: 3 }, () => {
      const start = performance.now();
      spawnSync(soffice, [`-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(work, 'lo2'), docx]);
      return performance.now() - start;
    });
    const lo = median(loTimes);
    row('100 pages: LibreOffice converting our DOCX to PDF (median of 3)', `${lo.toFixed(0)} ms`, '(context)', null);
    row('100 pages: our PDF command ÷ LibreOffice (faster by)', `${(lo / pdfCli.ms).toFixed(1)}×`, '≥ 3×', lo / pdfCli.ms >= 3);
    const seedDocx = join(work, 'joint-inspection-of-children-at-risk-of-harm-may-2023.docx');
    const seedLo = median(Array.from({ length: 3 }, () => {
      const start = performance.now();
      spawnSync(soffice, [`-env:UserInstallation=file://${join(work, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', join(work, 'lo3'), seedDocx]);
      return performance.now() - start;
    }));
    row('seed: LibreOffice conversion ÷ our in-process PDF render', `${(seedLo / seedPdf).toFixed(0)}×`, '≈ 25×', seedLo / seedPdf >= 25);
  }

}

/**
 * Briefing packs (issue 6): generated packs of about 100 and 500 pages (every kind of section, each on its own page),
 * rendered in-process as the export pipeline renders them (the DOCX with the PDF layout's page numbers for its
 * contents, which it works out first), and exported to both formats by the command line for its peak memory.
 */
export async function packFigures(work: string): Promise<void> {
  const fonts = await bundledFonts();
  const folders: Record<number, string> = {};
  const trees: Record<number, DocTree> = {};
  for (const pages of [100, 500]) {
    folders[pages] = await writeLongPack(join(work, `pack-${pages}`), pages);
    const loaded = await loadProject(folders[pages]!);
    trees[pages] = compose({ project: loaded.opened.project, images: loaded.images });
  }
  const pdfOf = (pages: number) => () => renderPdf(trees[pages]!, fonts, PDF_OPTIONS);
  const docxOf = (pages: number) => async () => renderDocx(trees[pages]!, { ...DOCX_OPTIONS, pageNumbers: await contentsPages(trees[pages]!) });
  const times: Record<'pdf' | 'docx', Record<number, number>> = {
    pdf: await timeAlternating({ 100: pdfOf(100), 500: pdfOf(500) }, 1, 5),
    docx: await timeAlternating({ 100: docxOf(100), 500: docxOf(500) }, 1, 5),
  };
  for (const pages of [100, 500]) {
    const folder = folders[pages]!;
    const pdf = await renderPdf(trees[pages]!, fonts, PDF_OPTIONS);
    const count = (new TextDecoder('latin1').decode(pdf.bytes).match(/\/Type\s*\/Page\b/g) ?? []).length;
    for (const format of ['pdf', 'docx'] as const) {
      const ms = times[format][pages]!;
      const what = `${pages}-page pack (${count} pp): ${format.toUpperCase()}${format === 'docx' ? ' + layout' : ''}, in-process (warm median)`;
      row(what, `${ms.toFixed(0)} ms`, pages === 100 ? '≤ 500 ms' : '', pages === 100 ? ms <= 500 : null);
    }
    const cli = runCli([folder, '--format', 'both', '--out', join(work, `pack-out-${pages}`)]);
    row(`${pages}-page pack: command line, both formats, peak RSS`, `${cli.peakMb.toFixed(0)} MB`, '≤ 400 MB', cli.peakMb <= 400);
    row(`  (wall time ${cli.ms.toFixed(0)} ms, cold)`, '', '(context)', null);
  }
  for (const format of ['pdf', 'docx'] as const) {
    const ratio = times[format][500]! / times[format][100]!;
    row(`pack ${format.toUpperCase()}: 500 pages ÷ 100 pages`, `${ratio.toFixed(2)}×`, '≤ 5.5×', ratio <= 5.5);
  }
}

async function main() {
  if (!existsSync(CLI)) throw new Error('Build the command line first: node scripts/build-cli.mjs (npm run bench does this).');
  const work = await mkdtemp(join(tmpdir(), 'pressdesk-bench-'));
  console.log(`Pressdesk bench: node ${process.version}, ${new Date().toISOString()}\n`);

  // 1. The seed release, in-process.
  const seed = await loadProject(SEED);
  const seedRender = await timeWarm(() => renderDocx(compose({ project: seed.opened.project, images: seed.images }), DOCX_OPTIONS), 40, 100);
  row('seed DOCX: compose + render, in-process (warm median)', `${seedRender.toFixed(1)} ms`, '≤ 15 ms', seedRender <= 15);
  const { Document, Packer } = await import('docx');
  const floor = await timeWarm(() => Packer.pack(new Document({ sections: [{ children: [] }] }), 'uint8array'), 40, 100);
  row('  for scale: the docx library packing an empty document', `${floor.toFixed(1)} ms`, '(context)', null);
  const seedFull = await timeWarm(() => exportProject(SEED, { formats: ['docx'], outDir: work }), 5, 30);
  row('seed DOCX: open + pictures + compose + render + write', `${seedFull.toFixed(1)} ms`, '(context)', null);

  // 2. The command line, cold: a new Node process each time.
  const cold = Array.from({ length: 7 }, () => runCli([SEED, '--out', work]));
  const coldMs = median(cold.map((run) => run.ms));
  row('seed DOCX: command line, cold wall time (median of 7)', `${coldMs.toFixed(0)} ms`, '≤ 600 ms', coldMs <= 600);
  nodeStartRows();

  // 3. A generated 100-page release (and 200 for linearity).
  const results: Record<number, number> = {};
  for (const pages of [100, 200]) {
    const folder = await writeLongRelease(join(work, `long-${pages}`), pages);
    const loaded = await loadProject(folder);
    const ms = await timeWarm(() => renderDocx(compose({ project: loaded.opened.project, images: loaded.images }), DOCX_OPTIONS), 4, 11);
    results[pages] = ms;
    row(`${pages}-page release: compose + render, in-process (warm median)`, `${ms.toFixed(0)} ms`, pages === 100 ? '≤ 500 ms' : '', pages === 100 ? ms <= 500 : null);
    const cli = runCli([folder, '--out', join(work, `out-${pages}`)]);
    row(`${pages}-page release: command line peak RSS`, `${cli.peakMb.toFixed(0)} MB`, '≤ 250 MB', cli.peakMb <= 250);
    if (pages === 100) {
      const lo = libreOfficePages(join(work, `out-${pages}`, `generated-${pages}-page-release.docx`), join(work, 'lo'));
      row('100-page release: pages when LibreOffice lays out our DOCX', lo === null ? 'n/a' : String(lo), '≈ 100', lo === null ? null : Math.abs(lo - 100) <= 10);
    }
  }
  const ratio = results[200]! / results[100]!;
  row('200 pages ÷ 100 pages (linear growth)', `${ratio.toFixed(2)}×`, '≈ 2×', ratio <= 2.2);

  // 4. PDF (issue 3): the same trees through the typesetting renderer.
  console.log('');
  await pdfFigures(work);

  // 5. Brands (issue 5): a co-branded release (two partner logos, a brand font embedded in both formats) against the
  // plain brand, each exported whole in-process (open, logos and fonts loaded, compose, render, write).
  console.log('');
  await brandFigures(work);

  // 6. Briefing packs (issue 6).
  console.log('');
  await packFigures(work);

  await (await import('./app')).appFigures(row); // 7. The app in the web host with Chromium (issue 4): bench/app.ts
  await rm(work, { recursive: true, force: true });
}

/** `npm run bench -- pdf` (or `packs`, `brands`) prints that section's figures alone (the whole bench takes minutes). */
async function sectionOnly(name: string, figures: (work: string) => Promise<void>) {
  if (!existsSync(CLI)) throw new Error('Build the command line first: node scripts/build-cli.mjs (npm run bench does this).');
  const work = await mkdtemp(join(tmpdir(), 'pressdesk-bench-'));
  console.log(`Pressdesk bench, ${name} only: node ${process.version}, ${new Date().toISOString()}\n`);
  await figures(work);
  await rm(work, { recursive: true, force: true });
}

const sections: Record<string, [string, (work: string) => Promise<void>]> = {
  pdf: ['PDF', pdfFigures],
  packs: ['briefing packs', packFigures],
  brands: ['brands', brandFigures],
};
const only = process.argv[2] === undefined ? undefined : sections[process.argv[2]];
if (process.argv[2] !== undefined && only === undefined) throw new Error(`npm run bench -- ${process.argv[2]}: no such section; try ${Object.keys(sections).join(', ')}, or nothing for all.`);
await (only ? sectionOnly(...only) : main());
