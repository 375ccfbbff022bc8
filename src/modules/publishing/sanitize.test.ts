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

  it('keeps what the editor writes: headings, marks, lists, quote, rule, aligned paragraphs', () => {
    const html =
      '<h2>一、总体要求</h2><h3>（一）工作目标</h3><p><strong>粗</strong><em>斜</em><u>下划线</u><br />换行</p>' +
      '<ul><li><p>一</p></li></ul><ol start="3"><li><p>三</p></li></ol><blockquote><p>引</p></blockquote><hr />' +
      '<p style="text-align:right">河南省教育厅</p><h2 style="text-align:center">居中</h2>' +
      '<p style="text-indent:2em">首行缩进</p><p style="text-align:justify;text-indent:2em">两端</p>';
    expect(sanitizeArticleHtml(html)).toBe(html);
  });

  it('drops free styles, classes, ids and tags the editor never writes', () => {
    const out = sanitizeArticleHtml(
      '<p style="text-align:center;position:fixed;color:#c00;background:url(x)" class="c" id="i">居中</p>' +
        '<span style="color:red">色</span><section>节</section><s>删</s><font color="red">字</font>' +
        '<h4>小</h4><pre>码</pre><object data="x"></object><embed src="x" /><form><input /></form>' +
        '<p style="text-indent:-9999px">藏</p><h2 style="text-indent:2em">题</h2>',
    );
    expect(out).toBe('<p style="text-align:center">居中</p>色节删字<h3>小</h3>码<p>藏</p><h2>题</h2>');
  });

  it("keeps tables with colspan/rowspan and drops TipTap's column widths and styles", () => {
    const out = sanitizeArticleHtml(
      '<table style="min-width:50px"><colgroup><col style="min-width:25px" /></colgroup>' +
        '<thead><tr><th colspan="2" rowspan="1" style="x" onclick="y()"><p>项目</p></th></tr></thead>' +
        '<tbody><tr><td rowspan="2" width="9"><p>格</p></td></tr></tbody></table>',
    );
    expect(out).toBe(
      '<table><thead><tr><th colspan="2" rowspan="1"><p>项目</p></th></tr></thead>' +
        '<tbody><tr><td rowspan="2"><p>格</p></td></tr></tbody></table>',
    );
  });

  it('keeps images with alt, a pixel size and a caption in a figure', () => {
    const src = `/media/ab/${'ab'.repeat(32)}.jpg`;
    const out = sanitizeArticleHtml(
      `<figure class="x"><img src="${src}" alt="会场" width="1920" height="1080" style="float:left" title="t" />` +
        '<figcaption>图为会议现场</figcaption></figure><img src="https://img.example.cn/a.png" width="100%" height="x" />',
    );
    expect(out).toBe(
      `<figure><img src="${src}" alt="会场" width="1920" height="1080" /><figcaption>图为会议现场</figcaption></figure>` +
        '<img src="https://img.example.cn/a.png" />',
    );
  });

  it('keeps video and audio players of our own media, always with controls and no autoplay', () => {
    const key = `/media/ab/${'cd'.repeat(32)}`;
    const out = sanitizeArticleHtml(
      `<video src="${key}.mp4" autoplay loop muted onplay="x()" poster="https://t.cn/p.png"></video>` +
        `<audio src="${key}.mp3"></audio><video controls><source src="${key}.webm" type="video/webm" /></video>`,
    );
    expect(out).toBe(
      `<video src="${key}.mp4" controls="controls" preload="metadata"></video>` +
        `<audio src="${key}.mp3" controls="controls" preload="metadata"></audio>` +
        `<video controls="controls" preload="metadata"><source src="${key}.webm" type="video/webm" /></video>`,
    );
  });

  it('refuses players from anywhere else, or of the wrong kind', () => {
    const key = `/media/ab/${'cd'.repeat(32)}`;
    const out = sanitizeArticleHtml(
      '<video src="https://evil.example/a.mp4"></video><audio src="http://x.cn/a.mp3"></audio>' +
        `<audio src="${key}.mp4"></audio><video src="${key}.png"></video><video src="javascript:alert(1)"></video>` +
        '<video><source src="https://evil.example/a.mp4" /></video><p>后</p>',
    );
    // A player left without any source plays nothing; it stays an empty, harmless element.
    expect(out).toBe('<video controls="controls" preload="metadata"></video><p>后</p>');
  });

  it('links attachments among our media, and nothing else relative', () => {
    const pdf = `/media/ab/${'ef'.repeat(32)}.pdf`;
    const out = sanitizeArticleHtml(
      `<a href="${pdf}">实施方案.pdf（1.2 MB）</a><a href="/admin">后台</a><a href="//evil.cn/x">外</a>`,
    );
    expect(out).toBe(
      `<a href="${pdf}" rel="noopener noreferrer nofollow" target="_blank">实施方案.pdf（1.2 MB）</a><a>后台</a><a>外</a>`,
    );
  });

  it('drops style injection and SVG/MathML script vectors', () => {
    const out = sanitizeArticleHtml(
      '<style>body{display:none}</style><svg><script>alert(1)</script></svg><math><mi xlink:href="javascript:x">m</mi></math>' +
        '<p style="text-align:right;}</style><script>x</script>">文</p><img src="x" onerror="alert(1)" />',
    );
    expect(out).not.toMatch(/script|style=|svg|math|onerror|xlink/i);
    expect(out).toContain('文');
  });

  it('turns h1, b, i into h2, strong, em', () => {
    expect(sanitizeArticleHtml('<h1>大</h1><b>粗</b><i>斜</i>')).toBe(
      '<h2>大</h2><strong>粗</strong><em>斜</em>',
    );
  });

  it('treats a body with no text and no image as empty', () => {
    expect(isEmptyBody(sanitizeArticleHtml('<p> &nbsp; </p><script>x</script><br>'))).toBe(true);
    expect(isEmptyBody(sanitizeArticleHtml('<img src="https://a.cn/x.png">'))).toBe(false);
    const video = `<video src="/media/ab/${'ab'.repeat(32)}.mp4"></video>`;
    expect(isEmptyBody(sanitizeArticleHtml(video))).toBe(false);
  });

  it('derives a summary of at most 120 characters from the body text', () => {
    expect(deriveSummary('<p>第一段&amp;</p><p>第二段</p>')).toBe('第一段& 第二段');
    const long = deriveSummary(`<p>${'长'.repeat(300)}</p>`);
    expect([...long]).toHaveLength(120);
    expect(long.endsWith('…')).toBe(true);
    expect(htmlToText('<p>a<br />b</p>')).toBe('a b');
  });
});
