import { CONTENT_SECURITY_POLICY } from '../../shared/web-host/security-headers';

/**
 * The window's CSP as a response header on every app:// response: the renderer's own policy (renderer/index.html's
 * meta tag, which the web host sends too). It already lets pictures come from app://project, the origin Electron
 * serves project files from; in the web host they are same-origin, under /files/, and that source never matches.
 */
export const APP_CSP = CONTENT_SECURITY_POLICY;
