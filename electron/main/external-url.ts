/**
 * True for the only links Pressdesk hands to the operating system: web pages over https and e-mail addresses.
 * Everything else (file:, smb:, custom app schemes, javascript:) could run or open something on the computer.
 */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'mailto:';
  } catch {
    return false;
  }
}
