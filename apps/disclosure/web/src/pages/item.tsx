// One item: its metadata as the portal will show it, its text (with its status marked when amended, repealed or
// expired), its interpretation, what it amends or what amended it, its versions side by side, its clocks, its history
// — and the workflow step the signed-in user may take now, with the rule that decides who signs.
import { useQuery } from '@tanstack/react-query';
import { NotFound, proseDate, tableDate, tableDateTime, useProfile, workingDaysWords } from '@zhengling/web-shell';
import { Alert, Breadcrumb, Button, Card, Checkbox, Descriptions, Input, Result, Select, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { BodyView, type Options, StateTag, useAction, useOptions, ValidityTag } from '../components/common';
import { InterpretationEditor } from '../components/interpretation-editor';
import { type Outputs, useTRPC } from '../trpc';

type Item = Outputs['items']['get'];

const STEP_ZH: Record<string, string> = {
  created: '起草',
  edited: '修改',
  interpretation: '起草政策解读',
  submitted: '提交保密审查',
  reviewed: '保密审查通过',
  returned: '退回修改',
  withheld: '不予公开',
  signed: '签发',
  published: '发布',
  validity: '有效性变更',
  'validity-unmatched': '清理结果所列文件未找到',
  'exemption-requested': '申请免于解读',
  'exemption-approved': '同意免于解读',
  'exemption-rejected': '不同意免于解读',
};
const RELATION_ZH = { amends: '修改', replaces: '替代', repeals: '废止' } as const;
const DEADLINE_ZH: Record<string, string> = { 'disclosure.proactive': '主动公开时限', 'disclosure.interpretation': '政策解读时限' };

export function ItemPage() {
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const options = useOptions();
  const item = useQuery(trpc.items.get.queryOptions({ id }));
  if (item.isPending) return <Spin />;
  if (item.error) return item.error.data?.code === 'NOT_FOUND' ? <NotFound /> : <Result status="error" title="加载失败" />;
  const it = item.data;
  const o = options.data;
  const reason = o?.reasons.find((r) => r.id === it.attributeReason);
  const signoff = it.signoff as { authority: string; signerName: string; completed: { label: string; reference: string }[] } | null;
  return (
    <div data-testid="item">
      <Breadcrumb items={[{ title: <Link to="/items">公开事项</Link> }, { title: it.title }]} style={{ marginBottom: 8 }} />
      <Space align="center" wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {it.title}
        </Typography.Title>
        <StateTag state={it.state} options={o} />
        <Tag>{o?.labels.kind[it.kind] ?? it.kind}</Tag>
        {it.state === 'published' && <ValidityTag validity={it.validity} options={o} />}
      </Space>
      <Workflow item={it} options={o} />
      <Card size="small" title="元数据" style={{ marginTop: 16 }}>
        <Descriptions size="small" column={2} bordered styles={{ label: { whiteSpace: "nowrap" } }}>
          <Descriptions.Item label="索引号">{it.indexNumber ?? '发布时生成'}</Descriptions.Item>
          <Descriptions.Item label="文号">{it.docNumber ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="发文机关">{it.issuer}</Descriptions.Item>
          <Descriptions.Item label="起草单位">{it.draftingDepartment}</Descriptions.Item>
          <Descriptions.Item label="成文日期">{it.writtenOn ? proseDate(it.writtenOn) : '—'}</Descriptions.Item>
          <Descriptions.Item label="发布日期">{it.publishedAt ? proseDate(it.publishedAt) : '—'}</Descriptions.Item>
          <Descriptions.Item label="主题分类">{it.category}</Descriptions.Item>
          <Descriptions.Item label="公开属性">
            {o?.labels.attribute[it.attribute] ?? it.attribute}
            {reason && `（${reason.label}，《政府信息公开条例》${reason.article}）`}
          </Descriptions.Item>
          <Descriptions.Item label="有效性">{o?.labels.validity[it.validity] ?? it.validity}</Descriptions.Item>
          <Descriptions.Item label="签发">
            {signoff ? `${signoff.authority} ${signoff.signerName}` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="法律依据" span={2}>
            {it.legalBasis}
          </Descriptions.Item>
          {it.summary ? (
            <Descriptions.Item label="内容概述" span={2}>
              {it.summary}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Interpretation item={it} options={o} />
      <Card size="small" title="正文" style={{ marginTop: 16 }}>
        <div className="zl-doc" data-testid="document">
          {it.state === 'published' && it.validity !== 'in_force' && (
            <div className="zl-validity-banner" data-testid="validity-banner">
              本文件{o?.labels.validity[it.validity] ?? ''}
              {it.relatedTo.map((r) => (
                <span key={r.id}>
                  ：已被 <Link to={`/items/${r.from.id}`}>《{r.from.title}》</Link>
                  {RELATION_ZH[r.kind]}
                </span>
              ))}
              。以下为原文，仅供查阅。
            </div>
          )}
          <div className="zl-doc-title">{it.title}</div>
          {it.docNumber && <div className="zl-doc-number">{it.docNumber}</div>}
          {it.hasImage && <img src={`/files/items/${it.id}/image`} alt={it.imageAlt ?? ''} style={{ maxWidth: '100%' }} />}
          <BodyView body={it.body} />
        </div>
      </Card>
      <Card size="small" title="关联文件与历史版本" style={{ marginTop: 16 }}>
        {it.relatedFrom.map((r) => (
          <div key={r.id}>
            本文件{RELATION_ZH[r.kind]}：<Link to={`/items/${r.to.id}`}>《{r.to.title}》</Link>{' '}
            <Link to={`/compare?left=${r.to.id}&right=${it.id}`}>对照查看</Link>
          </div>
        ))}
        {it.relatedTo.map((r) => (
          <div key={r.id}>
            被<Link to={`/items/${r.from.id}`}>《{r.from.title}》</Link>
            {RELATION_ZH[r.kind]} <Link to={`/compare?left=${it.id}&right=${r.from.id}`}>对照查看</Link>
          </div>
        ))}
        {it.versions.map((v) => (
          <div key={v.number}>
            第 {v.number} 版（{v.note}，{tableDateTime(v.createdAt)}）{' '}
            <Link to={`/compare?left=${it.id}:${v.number}&right=${it.id}`}>与现行文本对照</Link>
          </div>
        ))}
        {!it.relatedFrom.length && !it.relatedTo.length && !it.versions.length && <Typography.Text type="secondary">没有关联文件和历史版本。</Typography.Text>}
      </Card>
      {it.deadlines.length > 0 && (
        <Card size="small" title="时限" style={{ marginTop: 16 }}>
          {it.deadlines.map((d) => (
            <div key={d.id}>
              {DEADLINE_ZH[d.kind] ?? d.kind}：{tableDate(d.dueDate)}
              {d.workingDaysLeft != null && `（${workingDaysWords(d.workingDaysLeft)}）`}{' '}
              <Tag>{{ open: '计时中', paused: '中止', met: '已办结', cancelled: '已撤销' }[d.status]}</Tag>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {d.ruleSource}
              </Typography.Text>
            </div>
          ))}
        </Card>
      )}
      <Card size="small" title="办理记录" style={{ marginTop: 16 }}>
        <Timeline
          items={it.events.map((e) => ({
            children: (
              <>
                {tableDateTime(e.at)} {e.actorLabel} {STEP_ZH[e.step] ?? e.step}
                {e.note && `：${e.note}`}
              </>
            ),
          }))}
        />
      </Card>
    </div>
  );
}

function Interpretation({ item, options }: { item: Item; options?: Options }) {
  const profile = useProfile();
  if (item.kind === 'interpretation')
    return (
      <Alert
        style={{ marginTop: 16 }}
        type="info"
        title={
          <>
            本解读所解读的文件：<Link to={`/items/${item.interprets?.id}`}>《{item.interprets?.title}》</Link>（与文件同步发布）
          </>
        }
      />
    );
  if (!item.needsInterpretation && !item.interpretation) return null;
  const mine = profile.user.departmentId === item.draftingDepartmentId;
  return (
    <Card size="small" title="政策解读（谁起草、谁解读）" style={{ marginTop: 16 }} data-testid="interpretation">
      {item.interpretation ? (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <div>
            已起草：<Link to={`/items/${item.interpretation.id}`}>{item.interpretation.title}</Link>{' '}
            <Tag>{{ text: '文字', qa: '问答', image: '图解' }[item.interpretation.form ?? 'text']}</Tag>
            <StateTag state={item.interpretation.state} options={options} />
          </div>
          {item.state === 'draft' && mine && (
            <InterpretationEditor policyId={item.id} existing={item.interpretation} />
          )}
        </Space>
      ) : item.exemptionState === 'approved' ? (
        <Typography.Text>经政务公开办公室审核，同意免于解读：{item.exemptionReason}</Typography.Text>
      ) : item.state === 'draft' ? (
        <>
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 12 }}
            title={`该文件须由起草单位（${item.draftingDepartment}）同步起草政策解读，与文件一同审查、签发、发布。`}
          />
          <InterpretationEditor policyId={item.id} />
        </>
      ) : null}
    </Card>
  );
}

function Workflow({ item, options }: { item: Item; options?: Options }) {
  const trpc = useTRPC();
  const profile = useProfile();
  const navigate = useNavigate();
  const office = profile.hasRole('disclosure_editor', 'administrator');
  const mine = profile.user.departmentId === item.draftingDepartmentId && profile.hasRole('department_staff', 'department_head');
  const v = { id: item.id, version: item.version };
  const submit = useAction(trpc.items.submit.mutationOptions(), '已提交保密审查');
  const review = useAction(trpc.items.review.mutationOptions(), '已办理');
  const sign = useAction(trpc.items.sign.mutationOptions(), '已签发并发布');
  const exemption = useAction(trpc.items.requestExemption.mutationOptions(), '已申请免于解读');
  const decideExemption = useAction(trpc.items.reviewExemption.mutationOptions(), '已审核');
  const validity = useAction(trpc.items.changeValidity.mutationOptions(), '有效性已变更');
  const [reason, setReason] = useState<string>();
  const [note, setNote] = useState('');
  const [attested, setAttested] = useState<Record<number, string | undefined>>({});
  const [newValidity, setNewValidity] = useState<'expired' | 'repealed' | 'amended' | 'in_force'>();
  const errors = [submit, review, sign, exemption, decideExemption, validity].map((m) => m.error).filter(Boolean);
  const plan = item.signoffPlan;
  const body = (() => {
    if (item.state === 'draft' && item.kind !== 'interpretation' && (mine || office))
      return (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space>
            <Button onClick={() => void navigate(`/items/${item.id}/edit`)}>编辑</Button>
            <Button type="primary" loading={submit.isPending} onClick={() => submit.mutate(v)}>
              提交保密审查
            </Button>
          </Space>
          {item.needsInterpretation && !item.interpretation && item.exemptionState !== 'approved' && item.exemptionState !== 'requested' && (
            <Space>
              <Input aria-label="免于解读理由" placeholder="确无解读必要的，写明理由申请免于解读" value={note} onChange={(e) => setNote(e.target.value)} style={{ width: 420 }} />
              <Button onClick={() => exemption.mutate({ ...v, reason: note })}>申请免于解读</Button>
            </Space>
          )}
          {item.exemptionState === 'requested' && (
            <Space>
              <Typography.Text>已申请免于解读：{item.exemptionReason}</Typography.Text>
              {office && (
                <>
                  <Input aria-label="审核意见" placeholder="审核意见" value={note} onChange={(e) => setNote(e.target.value)} style={{ width: 240 }} />
                  <Button onClick={() => decideExemption.mutate({ ...v, approve: true, note })}>同意免于解读</Button>
                  <Button danger onClick={() => decideExemption.mutate({ ...v, approve: false, note })}>
                    不同意
                  </Button>
                </>
              )}
            </Space>
          )}
        </Space>
      );
    if (item.state === 'in_review' && office)
      return (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text>保密审查：确认不涉及国家秘密、工作秘密、商业秘密和个人隐私后通过；依法不予公开的，选择法定理由。</Typography.Text>
          <Space wrap>
            <Button type="primary" loading={review.isPending} onClick={() => review.mutate({ ...v, decision: 'pass', note: note || undefined })}>
              审查通过，送签发
            </Button>
            <Select
              aria-label="不予公开理由"
              placeholder="不予公开的法定理由"
              style={{ width: 420 }}
              value={reason}
              onChange={setReason}
              options={(options?.reasons ?? []).map((r) => ({ value: r.id, label: `${r.label}（${r.article}）` }))}
            />
            <Button danger disabled={!reason} onClick={() => reason && review.mutate({ ...v, decision: 'withhold', reason, note: note || undefined })}>
              不予公开
            </Button>
          </Space>
          <Space>
            <Input aria-label="审查意见" placeholder="审查意见（退回时必填）" value={note} onChange={(e) => setNote(e.target.value)} style={{ width: 420 }} />
            <Button onClick={() => review.mutate({ ...v, decision: 'return', note })}>退回修改</Button>
          </Space>
        </Space>
      );
    if (item.state === 'awaiting_signoff')
      return 'silent' in plan ? (
        <Alert type="warning" showIcon title={`签发人：${plan.silent}`} />
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }} data-testid="sign-panel">
          <Typography.Text>
            应由 <b>{plan.signers.join('或')}</b> 签发。依据：{plan.basis}
          </Typography.Text>
          {plan.priorSteps.map((p, i) => (
            <Space key={i}>
              <Checkbox checked={attested[i] !== undefined} onChange={(e) => setAttested({ ...attested, [i]: e.target.checked ? '' : undefined })}>
                已完成：{p.label}
              </Checkbox>
              {attested[i] !== undefined && (
                <Input aria-label={`${p.label}的依据`} placeholder="依据（如会议纪要、审核意见文号）" value={attested[i]} onChange={(e) => setAttested({ ...attested, [i]: e.target.value })} style={{ width: 300 }} />
              )}
            </Space>
          ))}
          <Button
            type="primary"
            loading={sign.isPending}
            onClick={() =>
              sign.mutate({
                ...v,
                attested: Object.entries(attested)
                  .filter(([, r]) => r !== undefined)
                  .map(([index, reference]) => ({ index: Number(index), reference: reference ?? '' })),
              })
            }
          >
            签发
          </Button>
        </Space>
      );
    if (item.state === 'published' && office)
      return (
        <Space wrap>
          <Select
            aria-label="有效性"
            placeholder="变更有效性"
            style={{ width: 160 }}
            value={newValidity}
            onChange={setNewValidity}
            options={(['in_force', 'expired', 'repealed', 'amended'] as const).map((x) => ({ value: x, label: options?.labels.validity[x] ?? x }))}
          />
          <Input aria-label="变更依据" placeholder="依据（如清理决定文号）" value={note} onChange={(e) => setNote(e.target.value)} style={{ width: 320 }} />
          <Button disabled={!newValidity} onClick={() => newValidity && validity.mutate({ ...v, validity: newValidity, note })}>
            变更有效性
          </Button>
        </Space>
      );
    if (item.state === 'withheld')
      return <Typography.Text>该事项经保密审查不予公开，理由见“公开属性”。</Typography.Text>;
    return null;
  })();
  if (!body && !errors.length) return null;
  return (
    <Card size="small" title="办理" style={{ marginTop: 16 }} data-testid="workflow">
      {errors.map((e, i) => (
        <Alert key={i} type="error" showIcon title={e} style={{ marginBottom: 12 }} data-testid="action-error" />
      ))}
      {body}
    </Card>
  );
}
