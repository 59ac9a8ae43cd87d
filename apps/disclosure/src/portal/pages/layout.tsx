// The portal's frame, server-rendered HTML that needs no script: the site name, a search box always visible, the
// columns readers expect (政府信息公开 with its guide, catalogue and annual reports; 政策文件; 政策解读; 依申请公开),
// a larger-text mode (a link, remembered in a cookie), and a footer. Everything is escaped by React.
import type { ReactNode } from 'react';

export interface Frame {
  site: string;
  large: boolean;
  path: string;
}

const CSS = `
*{box-sizing:border-box}body{margin:0;font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#1f1f1f;background:#f5f5f5;line-height:1.75;font-size:16px}
body.large{font-size:20px}a{color:#0b57a4}a:focus,button:focus,input:focus,select:focus{outline:3px solid #f0a400;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff;padding:4px 8px;z-index:9}
header{background:#a61b1b;color:#fff}header .in{max-width:1100px;margin:0 auto;padding:14px 16px;display:flex;flex-wrap:wrap;gap:12px;align-items:center;justify-content:space-between}
header .site{font-size:1.5em;font-weight:700;color:#fff;text-decoration:none}header form{display:flex;gap:6px}
header input{font-size:1em;padding:6px 10px;border:0;border-radius:3px;min-width:240px}header button,.btn{font-size:1em;padding:6px 14px;border:0;border-radius:3px;background:#ffd666;color:#1f1f1f;cursor:pointer}
nav.columns{background:#8c1515}nav.columns ul{max-width:1100px;margin:0 auto;padding:0 16px;display:flex;flex-wrap:wrap;list-style:none}nav.columns a{display:block;color:#fff;padding:8px 14px;text-decoration:none}nav.columns a[aria-current]{background:#6e0f0f}
main{max-width:1100px;margin:16px auto;padding:0 16px}.panel{background:#fff;padding:16px 20px;margin-bottom:16px;border:1px solid #e5e5e5}
h1{font-size:1.5em;margin:.2em 0 .6em}h2{font-size:1.2em;border-left:4px solid #a61b1b;padding-left:8px}
.list{list-style:none;padding:0;margin:0}.list li{padding:8px 0;border-bottom:1px dashed #ddd;display:flex;justify-content:space-between;gap:12px;flex-wrap:wrap}
.meta{color:#555;font-size:.9em}.tag{display:inline-block;padding:0 6px;border:1px solid;border-radius:3px;font-size:.85em;margin-left:6px}
.in_force{color:#237804;border-color:#237804}.amended{color:#ad4e00;border-color:#ad4e00}.repealed,.expired{color:#a8071a;border-color:#a8071a}
table.meta-block{width:100%;border-collapse:collapse;margin-bottom:16px}table.meta-block th,table.meta-block td{border:1px solid #d9d9d9;padding:6px 10px;text-align:left;vertical-align:top}table.meta-block th{background:#fafafa;width:7em;white-space:nowrap}
.doc{max-width:820px;margin:0 auto}.doc h2,.doc h3,.doc h4{border:0;padding:0}.doc p{text-indent:2em;margin:0 0 .5em}.doc table{border-collapse:collapse;width:100%}.doc td,.doc th{border:1px solid #999;padding:4px}
.doc-title{text-align:center;font-size:1.5em;font-weight:700}.doc-number{text-align:center;color:#555}
.banner{border:2px solid #a8071a;color:#a8071a;padding:8px 12px;font-weight:700;margin-bottom:12px}
mark{background:#ffe58f;color:inherit}.tools{font-size:.9em;color:#555;margin:8px 0}.tools a{margin-right:8px}.tools a[aria-current]{font-weight:700;color:#1f1f1f;text-decoration:none}
.filters{display:flex;flex-wrap:wrap;gap:8px;align-items:end}.filters label{display:flex;flex-direction:column;font-size:.9em}
.filters select,.filters input{font-size:1em;padding:4px 6px}.columns-2{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:0 16px}
.application .field{display:flex;flex-direction:column;margin-bottom:12px;max-width:720px}.application input,.application select,.application textarea{font-size:1em;padding:6px 8px;border:1px solid #767676;border-radius:3px;font-family:inherit}.error{color:#a8071a;font-weight:700}[aria-invalid=true]{border-color:#a8071a!important;border-width:2px!important}.pager{margin-top:12px;display:flex;gap:12px}
footer{text-align:center;color:#666;font-size:.85em;padding:24px 16px}
@media print{header,nav.columns,.tools,footer,form{display:none}body{background:#fff}.panel{border:0}}
`;

const COLUMNS = [
  { href: '/', label: '首页' },
  { href: '/guide', label: '政府信息公开指南' },
  { href: '/catalogue', label: '政府信息公开目录' },
  { href: '/policies', label: '政策文件' },
  { href: '/interpretations', label: '政策解读' },
  { href: '/cleanup', label: '规范性文件清理' },
  { href: '/answers', label: '建议提案办理' },
  { href: '/apply', label: '依申请公开' },
];

export function Layout({ frame, title, children }: { frame: Frame; title: string; children: ReactNode }) {
  const current = (href: string) => (href === '/' ? frame.path === '/' : frame.path.startsWith(href));
  return (
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} - ${frame.site}`}</title>
        <link rel="alternate" type="application/atom+xml" title="最新公开信息" href="/feed.xml" />
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body className={frame.large ? 'large' : undefined}>
        <a className="skip" href="#main">
          跳到正文
        </a>
        <header>
          <div className="in">
            <a className="site" href="/">
              {frame.site} · 政务公开
            </a>
            <form action="/search" method="get" role="search">
              <label htmlFor="site-q" className="skip">
                站内检索
              </label>
              <input id="site-q" name="q" type="search" placeholder="输入标题、文号或正文中的词语" />
              <button type="submit">检索</button>
            </form>
          </div>
        </header>
        <nav className="columns" aria-label="栏目">
          <ul>
            {COLUMNS.map((c) => (
              <li key={c.href}>
                <a href={c.href} aria-current={current(c.href) ? 'page' : undefined}>
                  {c.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main">
          <p className="tools">
            字号：
            <a href={`/prefs/text-size?value=large&back=${encodeURIComponent(frame.path)}`} aria-current={frame.large ? 'true' : undefined}>
              大
            </a>
            <a href={`/prefs/text-size?value=normal&back=${encodeURIComponent(frame.path)}`} aria-current={frame.large ? undefined : 'true'}>
              标准
            </a>
          </p>
          {children}
        </main>
        <footer>
          {`${frame.site} 主办\u3000本站信息依据《中华人民共和国政府信息公开条例》公开\u3000`}
          <a href="/feed.xml">订阅</a>
          {'\u3000'}
          <a href="/api/open/documents">开放数据</a>
        </footer>
      </body>
    </html>
  );
}
