/**
 * The public article page (`/a/:slug`): server-rendered HTML that any browser opens without
 * JavaScript — the "website" role of an account. Everything printed here is escaped except
 * the body, which was sanitised before it was stored (sanitize.ts).
 */
import type { ContentSignature } from '../../shared/realtime.js';
import type { PublicArticleRow } from './repository.js';

/** A signature as the page shows it: with its QR code (inline SVG, from a trusted generator). */
export type PageSignature = ContentSignature & { qrSvg: string };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const dateFormat = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** Content-Security-Policy of the page: no scripts at all, images from us or https, players of our media. */
export const PAGE_CSP =
  "default-src 'none'; img-src 'self' https: data:; media-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'";

const STYLE = `
:root{color-scheme:light dark;--fg:#1f2329;--muted:#8a8f99;--line:#e5e6eb;--bg:#fff;--link:#576b95;--accent:#07c160;--quote:#f6f7f9}
@media (prefers-color-scheme:dark){:root{--fg:#e6e6e6;--muted:#8d9199;--line:#2e3033;--bg:#191919;--link:#7d90a9;--quote:#232427}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.8 -apple-system,BlinkMacSystemFont,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;word-wrap:break-word}
main{max-width:680px;margin:0 auto;padding:24px 18px 40px}
h1{font-size:24px;line-height:1.4;margin:0 0 14px;font-weight:600;letter-spacing:.5px}
.meta{font-size:15px;color:var(--muted);margin-bottom:24px;display:flex;flex-wrap:wrap;align-items:center;gap:4px 10px}
.meta a{color:var(--link);text-decoration:none}
.verified{display:inline-flex;align-items:center;gap:2px;color:#1677ff;font-size:13px}
.verified svg{width:14px;height:14px}
.body{text-align:justify}
.body p{margin:0 0 1em}
.body h2,.body h3,.body h4{line-height:1.5;margin:1.4em 0 .6em}
.body h2{font-size:20px}.body h3{font-size:18px}.body h4{font-size:17px}
.body img{max-width:100%;height:auto;display:block;margin:1em auto;border-radius:4px}
.body figure{margin:1em 0}.body figcaption{font-size:14px;color:var(--muted);text-align:center}
.body blockquote{margin:1em 0;padding:.6em 1em;border-left:3px solid var(--line);background:var(--quote);color:var(--muted)}
.body a{color:var(--link)}
.body ul,.body ol{padding-left:1.6em}
.body table{border-collapse:collapse;display:block;overflow-x:auto;max-width:100%;font-size:15px;margin:1em 0}
.body th,.body td{border:1px solid var(--line);padding:6px 10px;text-align:left;vertical-align:top;min-width:4em}
.body th{background:var(--quote);font-weight:600}
.body td p,.body th p,.body li p,.body blockquote p{margin:0}
.body td p:empty::before,.body th p:empty::before{content:"\\200b"}
.body video{display:block;width:100%;max-height:70vh;margin:1em 0;background:#000;border-radius:4px}
.body audio{display:block;width:100%;margin:1em 0}
.body hr{border:0;border-top:1px solid var(--line);margin:1.6em 0}
.open{display:block;margin:32px 0 0;padding:12px;text-align:center;border-radius:8px;background:var(--accent);color:#fff;text-decoration:none;font-size:16px}
footer{margin-top:28px;padding-top:16px;border-top:1px solid var(--line);font-size:14px;color:var(--muted);text-align:center}
footer a{color:var(--link);text-decoration:none}
.shared{margin:0 0 18px;padding:8px 12px;border-radius:6px;background:var(--quote);color:var(--muted);font-size:14px}
.missing{text-align:center;padding-top:15vh}
.missing h1{font-size:20px}
.revised{font-size:13px;color:#b26a00;border:1px solid currentColor;border-radius:3px;padding:0 4px}
.sig{margin:28px 0 0;padding:14px;border:1px solid var(--line);border-radius:8px;display:flex;gap:14px;align-items:center;font-size:14px;color:var(--muted)}
.sig .qr{flex:none;width:84px;height:84px;background:#fff;border-radius:4px}
.sig .qr svg{width:84px;height:84px;display:block}
.sig strong{display:block;font:600 18px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--fg);letter-spacing:1px}
.sig a{color:var(--link);text-decoration:none}
.sig small{display:block;font-size:12px;word-break:break-all}
`;

const VERIFIED_MARK =
  '<span class="verified" title="已认证 Verified"><svg viewBox="0 0 16 16" aria-hidden="true"><circle cx="8" cy="8" r="8" fill="currentColor"/><path d="M4.5 8.2l2.3 2.3 4.7-4.8" stroke="#fff" stroke-width="1.6" fill="none" stroke-linecap="round" stroke-linejoin="round"/></svg>已认证</span>';

function layout(head: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${head}
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

/**
 * `origin` is the absolute scheme://host of the request, for Open Graph URLs. `viaShare`: the
 * reader came through a share link (engagement/share.ts), which names the account it is from.
 */
export function renderArticlePage(
  row: PublicArticleRow,
  origin: string,
  opts: { viaShare?: boolean; signature?: PageSignature } = {},
): string {
  const url = `${origin}/a/${row.slug}`;
  const title = escapeHtml(row.title);
  const summary = escapeHtml(row.summary);
  const accountName = escapeHtml(row.account.name);
  const accountHref = `/accounts/${encodeURIComponent(row.account.handle)}`;
  const published = new Date(row.published_at);
  const cover = row.cover_url
    ? /^https:\/\//.test(row.cover_url)
      ? row.cover_url
      : `${origin}${row.cover_url}`
    : null;
  const head = [
    `<title>${title} – ${accountName}</title>`,
    `<meta name="description" content="${summary}">`,
    `<link rel="canonical" href="${escapeHtml(url)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:site_name" content="政微 Zhengwei">`,
    `<meta property="og:locale" content="zh_CN">`,
    `<meta property="og:title" content="${title}">`,
    `<meta property="og:description" content="${summary}">`,
    `<meta property="og:url" content="${escapeHtml(url)}">`,
    cover ? `<meta property="og:image" content="${escapeHtml(cover)}">` : '',
    `<meta property="article:published_time" content="${published.toISOString()}">`,
    `<meta name="twitter:card" content="${cover ? 'summary_large_image' : 'summary'}">`,
    // The account's feeds (engagement/feeds.ts), for feed readers that discover them here.
    `<link rel="alternate" type="application/rss+xml" title="${accountName} (RSS)" href="${accountHref}/feed.rss">`,
    `<link rel="alternate" type="application/atom+xml" title="${accountName} (Atom)" href="${accountHref}/feed.atom">`,
    ...signatureHead(opts.signature),
  ]
    .filter(Boolean)
    .join('\n');
  const shared = opts.viaShare
    ? `<p class="shared">来自「${accountName}」的分享 · Shared from ${accountName}</p>\n`
    : '';
  const body = `${shared}<article>
<h1>${title}</h1>
<div class="meta">
<a href="${accountHref}">${accountName}</a>${row.account.verified === 1 ? VERIFIED_MARK : ''}
${row.author && row.author !== row.account.name ? `<span>${escapeHtml(row.author)}</span>` : ''}
<time datetime="${published.toISOString()}">${escapeHtml(dateFormat.format(published))}</time>
${row.revised_at ? `<span class="revised" title="${escapeHtml(dateFormat.format(new Date(row.revised_at)))}">已更正 · Corrected</span>` : ''}
</div>
<div class="body">
${row.body_html}
</div>
</article>
${signatureBlock(opts.signature)}
<a class="open" href="/read/${encodeURIComponent(row.slug)}">在政微中打开 · Open in Zhengwei</a>
<footer>
<a href="${accountHref}">${accountName}</a> · 发布于政微政务公众号平台
</footer>`;
  return layout(head, body);
}

/**
 * The signature travels with the page: machine-readable in the head (the same object the API
 * answers, plus the signed bundle's address), and for people the verification code under the
 * article with a QR code that opens the verification page.
 */
function signatureHead(sig: PageSignature | undefined): string[] {
  if (!sig) return [];
  const { qrSvg: _qr, ...data } = sig;
  return [
    `<meta name="zhengwei:signature" content="${escapeHtml(JSON.stringify(data))}">`,
    `<link rel="alternate" type="application/json" title="签名数据 Signed bundle" href="/api/signing/bundles/${escapeHtml(sig.code)}">`,
  ];
}

function signatureBlock(sig: PageSignature | undefined): string {
  if (!sig) return '';
  const code = `${sig.code.slice(0, 5)}-${sig.code.slice(5)}`;
  return `<section class="sig" data-code="${escapeHtml(sig.code)}">
<a class="qr" href="${escapeHtml(sig.url)}" aria-label="验证二维码 Verification QR code">${sig.qrSvg}</a>
<div>
验证码 · Verification code
<strong class="code">${escapeHtml(code)}</strong>
本文已由发布者数字签名（Ed25519）。<a href="${escapeHtml(sig.url)}">核验真伪 · Verify</a>
<small>密钥 Key ${escapeHtml(sig.keyId)}</small>
</div>
</section>`;
}

/** A withdrawn publication: a notice in place of the text (the link stays valid, the text is gone). */
export function renderWithdrawnPage(row: PublicArticleRow): string {
  const accountName = escapeHtml(row.account.name);
  const accountHref = `/accounts/${encodeURIComponent(row.account.handle)}`;
  const when = row.withdrawn_at ? escapeHtml(dateFormat.format(new Date(row.withdrawn_at))) : '';
  return layout(
    `<title>文章已撤回 – ${accountName}</title>\n<meta name="robots" content="noindex">`,
    `<div class="missing withdrawn">
<h1>该文章已被发布者撤回</h1>
<p>This article has been withdrawn by its publisher.</p>
<p class="meta"><a href="${accountHref}">${accountName}</a>${when ? ` · 撤回于 ${when}` : ''}</p>
<a class="open" href="/">返回政微首页 · Go to Zhengwei</a>
</div>`,
  );
}

export function renderMissingPage(): string {
  return layout(
    '<title>文章不存在 – 政微</title>\n<meta name="robots" content="noindex">',
    `<div class="missing">
<h1>文章不存在或已被删除</h1>
<p>This article does not exist or has been removed.</p>
<a class="open" href="/">返回政微首页 · Go to Zhengwei</a>
</div>`,
  );
}
