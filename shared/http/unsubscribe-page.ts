import { escapeHtml } from '../app/mail/templates.js';

/** The page's policy: no script, its own inline style, a form that posts only to this API. */
export const UNSUBSCRIBE_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/**
 * The page an unsubscribe link in a digest's footer opens (in Dutch, with English below). A GET
 * changes nothing, so a link scanner cannot unsubscribe anyone: the button posts the form.
 */
export function unsubscribePage(token: string, paused: boolean): string {
  const body = paused
    ? `<h1>Je ontvangt geen e-mail meer van Signaleringen</h1>
<p>Je signalen blijven zichtbaar in de app. Je kunt e-mail weer aanzetten in je e-mailvoorkeuren.</p>
<p lang="en">You no longer receive e-mail from Signals. Your signals stay in the app; you can turn e-mail on again in your e-mail preferences.</p>`
    : `<h1>Afmelden voor e-mail van Signaleringen</h1>
<p>Na afmelden ontvang je geen e-mail met signalen meer. Je signalen blijven zichtbaar in de app.</p>
<p lang="en">Unsubscribe from Signals e-mail: you will receive no more e-mail; your signals stay in the app.</p>
<form method="post" action="?token=${escapeHtml(encodeURIComponent(token))}">
<input type="hidden" name="via" value="page">
<button type="submit">Afmelden / Unsubscribe</button>
</form>`;
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Signaleringen: e-mail</title>
<style>body{font-family:Arial,Helvetica,sans-serif;color:#1f2933;max-width:560px;margin:40px auto;padding:0 16px}h1{font-size:22px;color:#0b4f6c}button{background:#0b4f6c;color:#fff;border:0;padding:10px 16px;border-radius:4px;font-size:15px;cursor:pointer}p[lang=en]{color:#616e7c;font-size:14px}</style>
</head><body>
${body}
</body></html>`;
}
