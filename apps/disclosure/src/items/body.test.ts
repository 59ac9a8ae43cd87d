import { describe, expect, it } from 'vitest';
import { Body, bodyFromText, textOf } from './body';
import { fillPattern } from '../settings/settings';

describe('a document body is structured text, never markup', () => {
  it('turns the chapters and the numbered sections of an official document into headings', () => {
    const body = bodyFromText('第一章 总则\n\n第一条 为了……制定本规则。\n一、工作要求\n其他段落');
    expect(body.map((b) => b.type)).toEqual(['heading', 'paragraph', 'heading', 'paragraph']);
    expect(textOf(body)).toBe('第一章 总则\n第一条 为了……制定本规则。\n一、工作要求\n其他段落');
  });
  it('keeps a script tag as the text it is (rendered escaped) and drops hidden control characters', () => {
    const [b] = Body.parse([{ type: 'paragraph', text: '<script>alert(1)</script>\u202e\u0007' }]);
    expect(b).toEqual({ type: 'paragraph', text: '<script>alert(1)</script>' });
  });
  it('refuses a block of an unknown type', () => {
    expect(Body.safeParse([{ type: 'html', text: '<b>x</b>' }]).success).toBe(false);
  });
});

describe('numbering patterns', () => {
  it('fills the index-number scheme with the organisation code, the year and a zero-padded serial', () => {
    expect(fillPattern('{机构代码}/{年}-{号:5}', { org: '11500234X', year: 2026, n: 42 })).toBe('11500234X/2026-00042');
    expect(fillPattern('{区}政公申〔{年}〕{号}号', { district: '开州', year: 2026, n: 3 })).toBe('开州政公申〔2026〕3号');
  });
});
