import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/web-host/security-headers';
import { APP_CSP } from './csp';
import { isSafeExternalUrl } from './external-url';
import { appProjectFileUrl, electronHostConfig, OpenFileError } from './host-config';
import { menuTemplate, type MenuCommand } from './menu-template';
import { isTrustedSender } from './sender';

describe('the IPC sender check', () => {
  const mainFrame = { url: 'app://app/index.html' };

  it('accepts only the main frame of our window, on an app://app/ page', () => {
    expect(isTrustedSender(mainFrame, mainFrame)).toBe(true);
  });

  it.each([
    ['an iframe', { url: 'app://app/index.html' }, mainFrame],
    ['a destroyed frame', null, mainFrame],
    ['no window', mainFrame, undefined],
  ])('refuses %s', (_name, sender, main) => {
    expect(isTrustedSender(sender, main)).toBe(false);
  });

  it.each(['https://evil.example/', 'file:///tmp/page.html', 'app://project/harbour/x.svg', 'about:blank'])('refuses our main frame showing %s', (url) => {
    const frame = { url };
    expect(isTrustedSender(frame, frame)).toBe(false);
  });
});

describe('links handed to the system', () => {
  it.each(['https://www.gov.uk/', 'mailto:press@aberhaven.gov.uk'])('opens %s', (url) => expect(isSafeExternalUrl(url)).toBe(true));
  it.each(['http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'ms-msdt:/id', 'not a url'])('refuses %s', (url) =>
    expect(isSafeExternalUrl(url)).toBe(false),
  );
});

describe('menus', () => {
  const items = (isPackaged: boolean) => {
    const sent: MenuCommand[] = [];
    const template = menuTemplate({ send: (command) => sent.push(command), isPackaged, platform: 'linux' });
    const flat = template.flatMap((menu) => (Array.isArray(menu.submenu) ? menu.submenu : []));
    return { template, flat, sent };
  };

  it('File and Edit send the app its commands, undo and redo included', () => {
    const { flat, sent } = items(true);
    for (const label of ['New release', 'New briefing pack', 'Open…', 'Export Word', 'Export PDF', 'Show exports folder', 'Undo', 'Redo']) {
      const item = flat.find((entry) => entry.label === label);
      (item?.click as () => void)();
    }
    expect(sent).toEqual(['new-release', 'new-pack', 'open', 'export-docx', 'export-pdf', 'show-exports', 'undo', 'redo']);
    expect(flat.map((entry) => entry.role).filter(Boolean)).toEqual(expect.arrayContaining(['quit', 'cut', 'copy', 'paste', 'selectAll', 'zoomIn']));
  });

  it('has developer tools only in development builds', () => {
    expect(items(true).flat.some((entry) => entry.role === 'toggleDevTools')).toBe(false);
    expect(items(false).flat.some((entry) => entry.role === 'toggleDevTools')).toBe(true);
  });
});

describe('the desktop host configuration', () => {
  const opened: string[] = [];
  const config = electronHostConfig({
    userData: '/home/sam/.config/pressdesk',
    documents: '/home/sam/Documents',
    openPath: async (path) => (opened.push(path), path.endsWith('.pdf') ? '' : 'No application is registered for this file'),
    showItemInFolder: (path) => opened.push(`shown ${path}`),
    showOpenDialog: async (options) => {
      opened.push(`asked ${options.title} from ${options.defaultPath} (${options.properties.join(', ')})`);
      return options.title.includes('cancel') ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: ['/media/share/Press'] };
    },
  });

  it('keeps settings in userData and the workspace in Documents, and serves pictures from app://project', () => {
    expect(config.settingsFile).toBe('/home/sam/.config/pressdesk/settings.json');
    expect(config.defaultWorkspace).toBe('/home/sam/Documents/Pressdesk');
    expect(appProjectFileUrl('harbour wall', 'assets/a b.png')).toBe('app://project/harbour%20wall/assets/a%20b.png');
  });

  it("reports the system's reason when a file cannot be opened", async () => {
    await config.openPath?.('/x/release.pdf');
    await expect(config.openPath?.('/x/release.docx')).rejects.toThrow(OpenFileError);
    await expect(config.openPath?.('/x/release.docx')).rejects.toThrow(/No application is registered/);
  });

  it('asks for folders with the system dialog, which may make a new one, and gives null when cancelled', async () => {
    await expect(config.chooseFolder?.({ title: 'Choose the projects folder', defaultPath: '/home/sam/Documents/Pressdesk' })).resolves.toBe('/media/share/Press');
    expect(opened).toContain('asked Choose the projects folder from /home/sam/Documents/Pressdesk (openDirectory, createDirectory)');
    await expect(config.chooseFolder?.({ title: 'Then cancel' })).resolves.toBeNull();
  });
});

describe('the app:// CSP', () => {
  it("is the renderer's, which lets project pictures come from app://project and nothing remote", () => {
    expect(APP_CSP).toBe(CONTENT_SECURITY_POLICY);
    expect(APP_CSP).toContain("img-src 'self' data: app://project;");
    expect(APP_CSP).not.toMatch(/https?:|\*/);
  });
});
