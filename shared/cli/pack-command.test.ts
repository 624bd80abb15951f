import { mkdtemp, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeLongPack } from '../../bench/long-pack';
import { runExportCommand } from './export-command';

const run = async (argv: string[]) => {
  const out: string[] = [];
  const err: string[] = [];
  const status = await runExportCommand(argv, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { status, out, err };
};

describe('npm run export with a briefing pack', () => {
  it('writes both formats of the example pack', async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'pressdesk-cli-pack-'));
    const { status, out, err } = await run([resolve('examples/harbour-wall-briefing-pack-2026'), '--format', 'both', '--out', outDir]);
    expect(status, err.join('\n')).toBe(0);
    expect(out).toHaveLength(2);
    for (const name of ['harbour-wall-reopening-briefing-pack.docx', 'harbour-wall-reopening-briefing-pack.pdf']) {
      expect((await stat(join(outDir, name))).size).toBeGreaterThan(10_000);
    }
  }, 60_000);

  it('checks a pack with --check, and says plainly what to do with an empty one', async () => {
    expect((await run([resolve('examples/harbour-wall-briefing-pack-2026'), '--check'])).status).toBe(0);
    const dir = await writeLongPack(join(await mkdtemp(join(tmpdir(), 'pressdesk-cli-empty-')), 'empty-pack'), 10, { sections: [] });
    const { status, err } = await run([dir, '--format', 'pdf']);
    expect(status).toBe(1);
    expect(err.join('\n')).toMatch(/^empty-pack: the briefing pack has no sections yet .*add at least one section/);
  });
});
