// Whatever a body holds is text on the printed page and the portal, never markup.
import { describe, expect, it } from 'vitest';
import { bodyToHtml } from './render-html';

describe('a body rendered as HTML', () => {
  it('escapes every text, in headings, paragraphs, lists and tables', () => {
    const html = bodyToHtml([
      { type: 'heading', level: 2, text: '<script>alert(1)</script>' },
      { type: 'paragraph', text: '"引号" & <b>粗体</b>' },
      { type: 'list', ordered: true, items: ['<img src=x onerror=alert(1)>'] },
      { type: 'table', rows: [['表头<i>'], ["'单元格'"]] },
    ]);
    expect(html).not.toMatch(/<script|<b>|<img|<i>/);
    expect(html).toContain('<h3>&lt;script&gt;alert(1)&lt;/script&gt;</h3>');
    expect(html).toContain('<p>&quot;引号&quot; &amp; &lt;b&gt;粗体&lt;/b&gt;</p>');
    expect(html).toContain('<ol><li>&lt;img src=x onerror=alert(1)&gt;</li></ol>');
    expect(html).toContain('<th>表头&lt;i&gt;</th>');
    expect(html).toContain('<td>&#39;单元格&#39;</td>');
  });
});
