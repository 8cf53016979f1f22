/**
 * The security headers of every response. proxy.ts sets the Content-Security-Policy (with a fresh
 * nonce for pages) and the rest; next.config.js sets the non-CSP ones on static files too.
 *
 * The policy allows exactly what Quorum needs:
 * - scripts: only those carrying this response's nonce ('strict-dynamic' lets them load their own
 *   chunks). Next reads the nonce from the request's CSP header and puts it on its inline and
 *   framework scripts; this needs dynamic rendering, which the root layout asks for.
 * - styles: 'self' plus 'unsafe-inline'. React `style={…}` attributes and the simulators' inline SVG
 *   styles cannot carry a nonce, and a nonce in style-src would make browsers ignore
 *   'unsafe-inline'. Inline style cannot run script, so this is the one relaxation.
 * - workers: 'self' and blob: (the simulators run in a Web Worker).
 * - images: 'self', data: and blob:; fetch/XHR only to 'self'; no plugins, frames, or other sites'
 *   forms; the <base> element may not move relative URLs.
 * - frame-ancestors 'none' (with X-Frame-Options: DENY for old browsers): no site may frame Quorum.
 */
export function contentSecurityPolicy(nonce: string | null, { dev = false } = {}): string {
  const script = nonce ? `'self' 'nonce-${nonce}' 'strict-dynamic'` : "'self'";
  return [
    "default-src 'self'",
    `script-src ${script}${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "media-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The headers every response carries besides the CSP (also in next.config.js for static files). */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "same-origin",
};

/** A fresh, unguessable nonce: 16 random bytes, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
