// The portal's pages: home, search, the catalogue by category, the policy library, interpretations, a document, the
// disclosure guide and the applicant's status check — server-rendered, readable without script.
import { chinaDate } from '@zhengling/core';
import type { ReactNode } from 'react';
import type { Block } from '../../items/body';
import { APPLICANT_COLUMNS } from '../../annual-report/layout';
import { KIND_ZH, VALIDITY_ZH } from '../../items/labels';
import { CLOCKS } from '../../regulation/regulation';
import type { getPublic, PublicRow } from '../public-items';
import { type Frame, Layout } from './layout';

const RELATION_ZH = { amends: '修改', replaces: '替代', repeals: '废止' } as const;
const prose = (d: Date | string) => {
  const [y, m, day] = (typeof d === 'string' ? d : chinaDate(d)).split('-').map(Number);
  return `${y}年${m}月${day}日`;
};

/** The hits in a snippet, marked (the snippet and the terms are both normalised text). */
export function Highlighted({ text, terms }: { text: string; terms: string[] }): ReactNode {
  const wanted = terms.filter(Boolean);
  if (!wanted.length) return text;
  const parts: ReactNode[] = [];
  let rest = text;
  let key = 0;
  for (;;) {
    let at = -1;
    let hit = '';
    for (const t of wanted) {
      const i = rest.indexOf(t);
      if (i >= 0 && (at < 0 || i < at)) [at, hit] = [i, t];
    }
    if (at < 0) break;
    if (at > 0) parts.push(rest.slice(0, at));
    parts.push(<mark key={key++}>{hit}</mark>);
    rest = rest.slice(at + hit.length);
  }
  parts.push(rest);
  return parts;
}

function Validity({ v }: { v: keyof typeof VALIDITY_ZH }) {
  return <span className={`tag ${v}`}>{VALIDITY_ZH[v]}</span>;
}

export function DocList({ rows, terms = [] }: { rows: PublicRow[]; terms?: string[] }) {
  if (!rows.length) return <p>没有找到相关信息。可以换一个词语，或减少筛选条件。</p>;
  return (
    <ul className="list">
      {rows.map((r) => (
        <li key={r.id}>
          <div>
            <a href={`/documents/${r.id}`}>
              <Highlighted text={r.title} terms={terms} />
            </a>
            <Validity v={r.validity} />
            {r.snippetSource && (
              <div className="meta">
                …<Highlighted text={r.snippetSource.replace(/\s+/g, ' ')} terms={terms} />…
              </div>
            )}
          </div>
          <span className="meta">
            {r.docNumber ? `${r.docNumber}\u3000` : ''}
            {`${r.issuer}\u3000${prose(r.publishedAt)}`}
          </span>
        </li>
      ))}
    </ul>
  );
}

function Pager({ page, pageSize, total, href }: { page: number; pageSize: number; total: number; href: (p: number) => string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="pager" aria-label="分页">
      <span>
        共 {total} 条，第 {page}/{pages} 页
      </span>
      {page > 1 && <a href={href(page - 1)}>上一页</a>}
      {page < pages && <a href={href(page + 1)}>下一页</a>}
    </nav>
  );
}

export interface HomeColumns {
  latest: PublicRow[];
  notices: PublicRow[];
  interpretations: PublicRow[];
  cleanups: PublicRow[];
  answers: PublicRow[];
}

function Column({ title, href, rows }: { title: string; href: string; rows: PublicRow[] }) {
  return (
    <div className="panel">
      <h2>{title}</h2>
      <DocList rows={rows} />
      <p>
        <a href={href}>更多{title} »</a>
      </p>
    </div>
  );
}

export function HomePage({ frame, columns }: { frame: Frame; columns: HomeColumns }) {
  return (
    <Layout frame={frame} title="首页">
      <h1 className="skip">{frame.site}政务公开</h1>
      <div className="panel">
        <h2>最新公开</h2>
        <DocList rows={columns.latest} />
        <p>
          <a href="/catalogue">查看全部公开信息 »</a>
        </p>
      </div>
      <div className="columns-2">
        <Column title="通知公告" href="/notices" rows={columns.notices} />
        <Column title="政策解读" href="/interpretations" rows={columns.interpretations} />
        <Column title="规范性文件清理结果" href="/cleanup" rows={columns.cleanups} />
        <Column title="建议提案办理复文" href="/answers" rows={columns.answers} />
      </div>
    </Layout>
  );
}

export interface ListParams {
  q?: string;
  category?: string;
  validity?: string;
  issuer?: string;
  year?: number;
  page: number;
}

export function SearchPage(props: {
  frame: Frame;
  title: string;
  action: string;
  params: ListParams;
  rows: PublicRow[];
  total: number;
  pageSize: number;
  terms: string[];
  categories: string[];
  issuers?: string[];
  years?: number[];
}) {
  const { params: p } = props;
  const href = (page: number) => {
    const u = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...p, page })) if (v !== undefined && v !== '') u.set(k, String(v));
    return `${props.action}?${u.toString()}`;
  };
  return (
    <Layout frame={props.frame} title={props.title}>
      <div className="panel">
        <h1>{props.title}</h1>
        <form className="filters" action={props.action} method="get">
          <label>
            检索词
            <input name="q" type="search" defaultValue={p.q ?? ''} />
          </label>
          <label>
            主题分类
            <select name="category" defaultValue={p.category ?? ''}>
              <option value="">全部</option>
              {props.categories.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </label>
          {props.issuers && (
            <label>
              发文机关
              <select name="issuer" defaultValue={p.issuer ?? ''}>
                <option value="">全部</option>
                {props.issuers.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            </label>
          )}
          {props.years && (
            <label>
              发布年份
              <select name="year" defaultValue={p.year ? String(p.year) : ''}>
                <option value="">全部</option>
                {props.years.map((y) => (
                  <option key={y} value={y}>
                    {y}年
                  </option>
                ))}
              </select>
            </label>
          )}
          <label>
            有效性
            <select name="validity" defaultValue={p.validity ?? ''}>
              <option value="">全部</option>
              <option value="in-force">有效</option>
              <option value="amended">已修改</option>
              <option value="repealed">废止</option>
              <option value="expired">失效</option>
            </select>
          </label>
          <button className="btn" type="submit">
            查询
          </button>
        </form>
      </div>
      <div className="panel" data-testid="results">
        <DocList rows={props.rows} terms={props.terms} />
        <Pager page={p.page} pageSize={props.pageSize} total={props.total} href={href} />
      </div>
    </Layout>
  );
}

function Body({ body }: { body: Block[] }) {
  return (
    <>
      {body.map((b, i) => {
        if (b.type === 'heading') return b.level === 1 ? <h2 key={i}>{b.text}</h2> : b.level === 2 ? <h3 key={i}>{b.text}</h3> : <h4 key={i}>{b.text}</h4>;
        if (b.type === 'paragraph') return <p key={i}>{b.text}</p>;
        if (b.type === 'list') {
          const items = b.items.map((t, j) => <li key={j}>{t}</li>);
          return b.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>;
        }
        const [head, ...rows] = b.rows;
        return (
          <table key={i}>
            <thead>
              <tr>{head?.map((c, j) => <th key={j}>{c}</th>)}</tr>
            </thead>
            <tbody>
              {rows.map((r, j) => (
                <tr key={j}>{r.map((c, k) => <td key={k}>{c}</td>)}</tr>
              ))}
            </tbody>
          </table>
        );
      })}
    </>
  );
}

export function DocumentPage({ frame, doc }: { frame: Frame; doc: Awaited<ReturnType<typeof getPublic>> }) {
  return (
    <Layout frame={frame} title={doc.title}>
      <div className="panel">
        <table className="meta-block" data-testid="metadata">
          <tbody>
            <tr>
              <th scope="row">索引号</th>
              <td>{doc.indexNumber}</td>
              <th scope="row">主题分类</th>
              <td>{doc.category}</td>
            </tr>
            <tr>
              <th scope="row">发文机关</th>
              <td>{doc.issuer}</td>
              <th scope="row">成文日期</th>
              <td>{doc.writtenOn ? prose(doc.writtenOn) : '—'}</td>
            </tr>
            <tr>
              <th scope="row">标题</th>
              <td colSpan={3}>{doc.title}</td>
            </tr>
            <tr>
              <th scope="row">发文字号</th>
              <td>{doc.docNumber ?? '—'}</td>
              <th scope="row">发布日期</th>
              <td>{prose(doc.publishedAt!)}</td>
            </tr>
            <tr>
              <th scope="row">有效性</th>
              <td>{VALIDITY_ZH[doc.validity]}</td>
              <th scope="row">类别</th>
              <td>{KIND_ZH[doc.kind]}</td>
            </tr>
          </tbody>
        </table>
        <article className="doc">
          {doc.validity !== 'in_force' && (
            <p className="banner" data-testid="validity-banner">
              本文件{VALIDITY_ZH[doc.validity]}
              {doc.amendedBy.map((r) => (
                <span key={r.item.id}>
                  ，已被<a href={`/documents/${r.item.id}`}>《{r.item.title}》</a>
                  {RELATION_ZH[r.kind]}
                </span>
              ))}
              。以下为原文，仅供查阅。
            </p>
          )}
          <h1 className="doc-title">{doc.title}</h1>
          {doc.docNumber && <p className="doc-number">{doc.docNumber}</p>}
          {doc.hasImage && <img src={`/files/items/${doc.id}/image`} alt={doc.imageAlt ?? ''} style={{ maxWidth: '100%' }} />}
          <Body body={doc.body} />
        </article>
        <p className="tools">
          <a href="#main">【返回顶部】</a>
        </p>
      </div>
      <div className="panel">
        <h2>法律依据</h2>
        <p>{doc.legalBasis}</p>
        {doc.interpretation && (
          <p data-testid="interpretation-link">
            政策解读：<a href={`/documents/${doc.interpretation.id}`}>{doc.interpretation.title}</a>
          </p>
        )}
        {doc.interprets && (
          <p data-testid="interprets-link">
            本解读所解读的文件：<a href={`/documents/${doc.interprets.id}`}>{doc.interprets.title}</a>
          </p>
        )}
        {doc.amends.map((r) => (
          <p key={r.item.id}>
            本文件{RELATION_ZH[r.kind]}：<a href={`/documents/${r.item.id}`}>《{r.item.title}》</a>
          </p>
        ))}
        <h2>文件历史</h2>
        <ul>
          {doc.history.map((h, i) => (
            <li key={i}>
              {`${prose(h.date)}\u3000${h.event}`}
            </li>
          ))}
        </ul>
      </div>
    </Layout>
  );
}

export function CataloguePage({ frame, counts }: { frame: Frame; counts: { category: string; n: number }[] }) {
  return (
    <Layout frame={frame} title="政府信息公开目录">
      <div className="panel">
        <h1>政府信息公开目录</h1>
        <ul className="list">
          {counts.map((c) => (
            <li key={c.category}>
              <a href={`/search?category=${encodeURIComponent(c.category)}`}>{c.category}</a>
              <span className="meta">{c.n} 条</span>
            </li>
          ))}
        </ul>
      </div>
    </Layout>
  );
}

export function GuidePage({ frame }: { frame: Frame }) {
  return (
    <Layout frame={frame} title="政府信息公开指南">
      <div className="panel doc">
        <h1>政府信息公开指南</h1>
        <h3>一、主动公开</h3>
        <p>
          依照《中华人民共和国政府信息公开条例》第十九条至第二十六条，本机关在信息形成或者变更之日起{CLOCKS.proactive.length}个工作日内，通过本网站主动公开政府信息。政策文件与解读材料同步发布，文件修改、废止或者失效的，在原文上标注。
        </p>
        <h3>二、依申请公开</h3>
        <p>
          公民、法人或者其他组织可以通过信函、当面或者网络向本机关申请获取政府信息（条例第二十七条至第二十九条）。能够当场答复的，当场答复；不能当场答复的，自收到申请之日起{CLOCKS.answer.length}个工作日内答复；需要延长答复期限的，经负责人同意并告知申请人，延长的期限最长不超过{CLOCKS.extension.length}个工作日（第三十三条）。申请内容不明确的，本机关在收到申请之日起{CLOCKS.supplementRequest.length}个工作日内一次性告知补正，答复期限自收到补正的申请之日起计算（第三十条）。征求第三方意见所需时间不计算在答复期限内。
        </p>
        <p>
          登记后，申请人凭受理编号和查询码在<a href="/apply">依申请公开</a>页面查询办理进度。
        </p>
        <h3>三、监督和救济</h3>
        <p>申请人认为本机关在政府信息公开工作中侵犯其合法权益的，可以依法申请行政复议或者提起行政诉讼（第五十一条）。</p>
      </div>
    </Layout>
  );
}

/** What the applicant typed, kept when the form comes back with errors (nothing typed is lost). */
export interface ApplyForm {
  applicantType: (typeof APPLICANT_COLUMNS)[number]['id'];
  applicantName: string;
  contact: string;
  description: string;
  purpose: string;
}

function Field({ id, label, error, hint, children }: { id: string; label: string; error?: string; hint?: string; children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <span className="meta" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {error && (
        <span className="error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}

function ApplicationFormView({ form = {}, errors = {} }: { form?: Partial<Record<keyof ApplyForm, string>>; errors?: Partial<Record<keyof ApplyForm, string>> }) {
  const described = (id: keyof ApplyForm, hint = false) =>
    [hint ? `apply-${id}-hint` : '', errors[id] ? `apply-${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <form className="application" action="/apply" method="post" data-testid="application-form">
      <Field id="apply-applicantType" label="申请人类型（必填）" error={errors.applicantType}>
        <select id="apply-applicantType" name="applicantType" required defaultValue={form.applicantType ?? ''} aria-invalid={!!errors.applicantType} aria-describedby={described('applicantType')}>
          <option value="" disabled>
            请选择
          </option>
          {APPLICANT_COLUMNS.map((c) => (
            <option key={c.id} value={c.id}>
              {c.id === 'other-organisation' ? '其他组织' : c.label}
            </option>
          ))}
        </select>
      </Field>
      <Field id="apply-applicantName" label="申请人姓名或者名称（必填）" error={errors.applicantName}>
        <input id="apply-applicantName" name="applicantName" required maxLength={100} autoComplete="name" defaultValue={form.applicantName ?? ''} aria-invalid={!!errors.applicantName} aria-describedby={described('applicantName')} />
      </Field>
      <Field id="apply-contact" label="联系方式（必填）" hint="电话、电子邮箱或通信地址，用于送达答复" error={errors.contact}>
        <input id="apply-contact" name="contact" required maxLength={200} defaultValue={form.contact ?? ''} aria-invalid={!!errors.contact} aria-describedby={described('contact', true)} />
      </Field>
      <Field id="apply-description" label="所需政府信息的名称、文号或者便于查询的其他特征性描述（必填）" error={errors.description}>
        <textarea id="apply-description" name="description" required maxLength={4000} rows={5} defaultValue={form.description ?? ''} aria-invalid={!!errors.description} aria-describedby={described('description')} />
      </Field>
      <Field id="apply-purpose" label="获取信息的方式和其他说明" hint="如：电子邮件发送、邮寄纸质文本、当面领取" error={errors.purpose}>
        <textarea id="apply-purpose" name="purpose" maxLength={1000} rows={3} defaultValue={form.purpose ?? ''} aria-invalid={!!errors.purpose} aria-describedby={described('purpose', true)} />
      </Field>
      <button className="btn" type="submit">
        提交申请
      </button>
    </form>
  );
}

export function ApplyPage({
  frame,
  status,
  error,
  receiptNumber,
  form,
  formError,
  fieldErrors,
}: {
  frame: Frame;
  form?: Partial<Record<keyof ApplyForm, string>>;
  formError?: string;
  fieldErrors?: Partial<Record<keyof ApplyForm, string>>;
  status?: { receiptNumber: string; receivedOn: string; state: string; dueDate: string | null; supplementRequest: string | null; extended: boolean; outcome: string | null; answeredOn: string | null };
  error?: string;
  receiptNumber?: string;
}) {
  const STATE = { registered: '办理中', awaiting_supplement: '待补正', consulting: '办理中（征求第三方意见）', answered: '已答复' } as Record<string, string>;
  return (
    <Layout frame={frame} title="依申请公开">
      <div className="panel">
        <h1>依申请公开</h1>
        <p>
          申请方式和办理时限见<a href="/guide">政府信息公开指南</a>。在本页提交申请的，以提交成功、取得受理回执之日为收到申请之日（《中华人民共和国政府信息公开条例》第三十一条）。
        </p>
      </div>
      <div className="panel">
        <h2>在线提交申请</h2>
        {formError && (
          <p role="alert" className="banner">
            {formError}
          </p>
        )}
        <ApplicationFormView form={form} errors={fieldErrors} />
      </div>
      <div className="panel">
        <h2 id="status">查询办理进度</h2>
        <p>请输入受理回执上的受理编号和查询码。</p>
        <form className="filters" action="/apply/status" method="get">
          <label>
            受理编号
            <input name="receipt" required defaultValue={receiptNumber ?? ''} />
          </label>
          <label>
            查询码
            <input name="code" required autoComplete="off" />
          </label>
          <button className="btn" type="submit">
            查询进度
          </button>
        </form>
        {error && (
          <p role="alert" className="banner">
            {error}
          </p>
        )}
        {status && (
          <table className="meta-block" data-testid="application-status">
            <tbody>
              <tr>
                <th scope="row">受理编号</th>
                <td>{status.receiptNumber}</td>
              </tr>
              <tr>
                <th scope="row">收到日期</th>
                <td>{prose(status.receivedOn)}</td>
              </tr>
              <tr>
                <th scope="row">办理状态</th>
                <td>{STATE[status.state] ?? status.state}</td>
              </tr>
              {status.supplementRequest && (
                <tr>
                  <th scope="row">补正事项</th>
                  <td>{status.supplementRequest}</td>
                </tr>
              )}
              {status.dueDate && (
                <tr>
                  <th scope="row">答复期限</th>
                  <td>
                    {prose(status.dueDate)}
                    {status.extended ? '（已依法延长）' : ''}
                  </td>
                </tr>
              )}
              {status.outcome && (
                <tr>
                  <th scope="row">办理结果</th>
                  <td>
                    {status.outcome}（{prose(status.answeredOn!)}答复）
                  </td>
                </tr>
              )}
            </tbody>
          </table>
        )}
      </div>
    </Layout>
  );
}

/** The receipt, shown once: the secret code is not kept anywhere the portal could show it again. */
export function ReceiptPage({ frame, receiptNumber, secretCode, receivedOn }: { frame: Frame; receiptNumber: string; secretCode: string; receivedOn: Date }) {
  return (
    <Layout frame={frame} title="申请已受理">
      <div className="panel" data-testid="receipt">
        <h1>申请已受理</h1>
        <table className="meta-block">
          <tbody>
            <tr>
              <th scope="row">受理编号</th>
              <td data-testid="receipt-number">{receiptNumber}</td>
            </tr>
            <tr>
              <th scope="row">查询码</th>
              <td data-testid="secret-code">
                <strong>{secretCode}</strong>
              </td>
            </tr>
            <tr>
              <th scope="row">收到申请日期</th>
              <td>{prose(receivedOn)}</td>
            </tr>
          </tbody>
        </table>
        <p className="banner">请记下或打印受理编号和查询码：查询码只在本页显示一次，凭二者查询办理进度。</p>
        <p>
          本机关自收到申请之日起{CLOCKS.answer.length}个工作日内答复；需要延长的，经负责人同意并告知申请人，延长期限最长不超过{CLOCKS.extension.length}个工作日（条例第三十三条）。
        </p>
        <p>
          <a href={`/apply/status?receipt=${encodeURIComponent(receiptNumber)}`}>查询办理进度 »</a>
        </p>
      </div>
    </Layout>
  );
}
