import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWebArgs } from './args';
import { webHostConfig, webProjectFileUrl } from './host-config';

describe('npm run web arguments', () => {
  it('reads --workspace and --port, in either spelling', () => {
    expect(parseWebArgs(['--workspace', '/tmp/ws', '--port', '43123'])).toEqual({ ok: true, value: { workspace: '/tmp/ws', port: 43123, help: false } });
    expect(parseWebArgs(['--port=0'])).toEqual({ ok: true, value: { workspace: undefined, port: 0, help: false } });
    expect(parseWebArgs([])).toEqual({ ok: true, value: { workspace: undefined, port: 0, help: false } });
  });

  it.each([
    [['--port', 'eighty'], '--port must be a number'],
    [['--port', '70000'], '--port must be a number'],
    [['--port', '-1'], ''],
    [['--workspace'], ''],
    [['--workspace', ''], '--workspace needs a folder'],
    [['--colour', 'blue'], ''],
    [['stray'], ''],
  ])('refuses %j with a message and the usage', (argv, words) => {
    const parsed = parseWebArgs(argv);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.message).toContain(words);
      expect(parsed.message).toContain('Usage: npm run web');
    }
  });
});

describe('web host settings', () => {
  const place = { platform: 'linux' as const, env: {}, home: '/home/sam', cwd: '/home/sam/work' };

  it('keeps a given workspace’s settings inside it, relative to where the command was typed', () => {
    const config = webHostConfig('ws', place);
    expect(config.defaultWorkspace).toBe('/home/sam/work/ws');
    expect(config.settingsFile).toBe('/home/sam/work/ws/.pressdesk/settings.json');
    expect(config.openPath).toBeUndefined();
    expect(config.showInFolder).toBeUndefined();
  });

  it('otherwise uses the user’s config folder and ~/Documents/Pressdesk (APPDATA on Windows)', () => {
    expect(webHostConfig(undefined, place)).toMatchObject({
      settingsFile: '/home/sam/.config/pressdesk/settings.json',
      defaultWorkspace: '/home/sam/Documents/Pressdesk',
    });
    const windows = webHostConfig(undefined, { ...place, platform: 'win32', env: { APPDATA: 'C:\\Users\\sam\\AppData\\Roaming' } });
    expect(windows.settingsFile).toBe(join('C:\\Users\\sam\\AppData\\Roaming', 'pressdesk', 'settings.json'));
  });

  it('addresses project files relatively, under files/ (the page is at /<secret>/), every part encoded', () => {
    expect(webProjectFileUrl('harbour wall', 'assets/a b#1.png')).toBe('files/harbour%20wall/assets/a%20b%231.png');
  });
});
