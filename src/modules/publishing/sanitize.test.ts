import { describe, expect, it } from 'vitest';
import { deriveSummary, htmlToText, isEmptyBody, sanitizeArticleHtml } from './sanitize.js';

describe('article HTML sanitising', () => {
  it('strips scripts, styles and iframes with their content', () => {
    const out = sanitizeArticleHtml(
      '<p>正文</p><script>alert(1)</script><style>p{}</style><iframe src="https://x"></iframe>',
    );
    expect(out).toBe('<p>正文</p>');
  });

  it('strips event handlers and unknown attributes', () => {
    const out = sanitizeArticleHtml(
      '<p onclick="steal()" class="x" id="y">点</p><img src="https://img.example.cn/a.png" onerror="x()">',
    );
    expect(out).not.toMatch(/onclick|onerror|class=|id=/);
    expect(out).toContain('<img src="https://img.example.cn/a.png" />');
  });

  it('removes javascript: and data: links and keeps the text', () => {
    const out = sanitizeArticleHtml(
      '<a href="javascript:alert(1)">点我</a><a href="JaVaScRiPt:alert(1)">二</a><a href="data:text/html,x">三</a>',
    );
    expect(out).not.toMatch(/href/i);
    expect(out).toContain('点我');
  });

  it('gives http, https and mailto links rel="noopener noreferrer nofollow" and target=_blank', () => {
    const out = sanitizeArticleHtml(
      '<a href="https://www.gov.cn/" rel="opener" target="_self">中国政府网</a><a href="mailto:a@b.cn">信</a>',
    );
    expect(out).toContain(
      '<a href="https://www.gov.cn/" rel="noopener noreferrer nofollow" target="_blank">中国政府网</a>',
    );
    expect(out).toContain('href="mailto:a@b.cn"');
  });

  it('keeps only images served from /media/ or over https', () => {
    const key = `ab/${'ab'.repeat(32)}.png`;
    const out = sanitizeArticleHtml(
      `<img src="/media/${key}" alt="图"><img src="http://x.cn/a.png"><img src="//evil.cn/a.png"><img src="javascript:x"><img src="/etc/passwd"><img src="data:image/png;base64,AAAA">`,
    );
    expect(out).toBe(`<img src="/media/${key}" alt="图" />`);
  });

  it('keeps the article allow-list and a few safe styles only', () => {
    const out = sanitizeArticleHtml(
      '<h2>标题</h2><blockquote>引</blockquote><ul><li>一</li></ul><table><tbody><tr><td colspan="2">格</td></tr></tbody></table>' +
        '<p style="text-align:center;position:fixed;color:#c00;background:url(x)">居中</p><figure><figcaption>注</figcaption></figure>',
    );
    expect(out).toContain('<h2>标题</h2>');
    expect(out).toContain('<td colspan="2">格</td>');
    expect(out).toContain('<p style="text-align:center;color:#c00">居中</p>');
    expect(out).toContain('<figcaption>注</figcaption>');
  });

  it('turns h1, b, i into h2, strong, em', () => {
    expect(sanitizeArticleHtml('<h1>大</h1><b>粗</b><i>斜</i>')).toBe(
      '<h2>大</h2><strong>粗</strong><em>斜</em>',
    );
  });

  it('treats a body with no text and no image as empty', () => {
    expect(isEmptyBody(sanitizeArticleHtml('<p> &nbsp; </p><script>x</script><br>'))).toBe(true);
    expect(isEmptyBody(sanitizeArticleHtml('<img src="https://a.cn/x.png">'))).toBe(false);
  });

  it('derives a summary of at most 120 characters from the body text', () => {
    expect(deriveSummary('<p>第一段&amp;</p><p>第二段</p>')).toBe('第一段& 第二段');
    const long = deriveSummary(`<p>${'长'.repeat(300)}</p>`);
    expect([...long]).toHaveLength(120);
    expect(long.endsWith('…')).toBe(true);
    expect(htmlToText('<p>a<br />b</p>')).toBe('a b');
  });
});
