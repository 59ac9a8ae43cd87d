// A structured body as HTML for printing and for the portal: every text escaped, no markup ever taken from the data.
import type { Body } from './body';

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function bodyToHtml(body: Body): string {
  return body
    .map((b) => {
      if (b.type === 'heading') return `<h${b.level + 1}>${escapeHtml(b.text)}</h${b.level + 1}>`;
      if (b.type === 'paragraph') return `<p>${escapeHtml(b.text)}</p>`;
      if (b.type === 'list') {
        const tag = b.ordered ? 'ol' : 'ul';
        return `<${tag}>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</${tag}>`;
      }
      const [head, ...rows] = b.rows;
      return `<table><thead><tr>${head!.map((c) => `<th>${escapeHtml(c)}</th>`).join('')}</tr></thead><tbody>${rows
        .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
    })
    .join('\n');
}
