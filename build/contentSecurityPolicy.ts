// The app's Content-Security-Policy: a meta tag in the built index.html and a header from the preview server.
import type { Plugin } from 'vite';

/**
 * Everything comes from the app's own origin; the only other place the app may
 * talk to is the intake it is configured for. No inline script, no JavaScript eval, no
 * plugins, no <base> that could redirect relative addresses.
 */
export function contentSecurityPolicy(intakeUrl: string | undefined): string {
  const intakeOrigin = originOf(intakeUrl);
  const directives: Array<[string, ...string[]]> = [
    // Styles (none inline), fonts, the worker and the manifest fall back to it: the app's own files only.
    ['default-src', "'self'"],
    // 'wasm-unsafe-eval' allows compiling WebAssembly (the barcode reader), never JavaScript's eval.
    ['script-src', "'self'", "'wasm-unsafe-eval'"],
    ['img-src', "'self'"],
    ['connect-src', "'self'", ...(intakeOrigin ? [intakeOrigin] : [])],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** As a header the policy can also forbid framing (a meta tag cannot, and browsers warn if it tries). */
export function contentSecurityPolicyHeader(intakeUrl: string | undefined): string {
  return `${contentSecurityPolicy(intakeUrl)}; frame-ancestors 'none'`;
}

/** The intake's origin when it is on another one; a relative address (the default /api) is the app's own. */
function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return /^https?:\/\//i.test(url) ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

/** Puts the policy right after the charset in the built index.html, before anything it governs. */
export function contentSecurityPolicyMeta(intakeUrl: string | undefined): Plugin {
  // In a double-quoted attribute only `&` and `"` need escaping: the policy's many single quotes stay as they are.
  const escaped = contentSecurityPolicy(intakeUrl).replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  const tag = `<meta http-equiv="Content-Security-Policy" content="${escaped}">`;
  return {
    name: 'content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const charset = /<meta charset="[^"]*"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('index.html needs <meta charset> for the policy to follow it');
        return html.replace(charset, (match) => `${match}\n    ${tag}`);
      },
    },
  };
}
