// The normative-document registry: every normative document of the district with where it stands, and each document
// with what it may do next — each move with what it still lacks and the article that asks for it, or the rulebook's
// silence — the procedure recorded so far, its filings with their deadlines, and every step with who and when.
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { codeOf, messageOf, NotFound, tableDate, tableDateTime, useProfile } from '@zhengling/web-shell';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Descriptions,
  Form,
  Input,
  List,
  Modal,
  Radio,
  Result,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useNames } from '../components/common';
import { type Outputs, useTRPC } from '../trpc';

type Doc = Outputs['normative']['get'];
type Labels = Outputs['normative']['labels'];
type NdState = keyof Labels['states'];
type NdFact = keyof Labels['facts'];
const cite = (c: { instrument: string; location: string }) => `${c.instrument} ${c.location}`;

const ND_VALIDITY = { in_force: '有效', amended: '已修改', expired: '失效', repealed: '废止' } as const;

/** The names of subtypes, states, facts and the review checklist, as rules-core words them (asked once). */
function useNdLabels() {
  const trpc = useTRPC();
  const { data } = useQuery({ ...trpc.normative.labels.queryOptions(), staleTime: Infinity });
  const of = <K extends string>(map: Record<K, string> | undefined) => (key: string | null | undefined) => (key ? ((map as Record<string, string> | undefined)?.[key] ?? key) : '—');
  const options = (map: Record<string, string> | undefined) => Object.entries(map ?? {}).map(([value, label]) => ({ value, label }));
  return {
    subtype: of(data?.subtypes),
    state: of(data?.states),
    fact: of(data?.facts),
    body: of(data?.bodies),
    subtypes: options(data?.subtypes),
    states: options(data?.states),
    facts: options(data?.facts),
    checklist: options(data?.checklist),
  };
}

export function NormativeListPage() {
  const trpc = useTRPC();
  const L = useNdLabels();
  const names = useNames();
  const [params, setParams] = useSearchParams();
  const state = (params.get('state') as NdState | null) ?? undefined;
  const validity = (params.get('validity') as keyof typeof ND_VALIDITY | null) ?? undefined;
  const q = params.get('q') ?? undefined;
  const list = useQuery(trpc.normative.list.queryOptions({ state, validity, q }));
  const [registering, setRegistering] = useState(false);
  const set = (key: string, value?: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          规范性文件
        </Typography.Title>
        <Select allowClear placeholder="办理环节" style={{ width: 150 }} value={state} onChange={(v) => set('state', v)} options={L.states} />
        <Select allowClear placeholder="有效性" style={{ width: 120 }} value={validity} onChange={(v) => set('validity', v)} options={Object.entries(ND_VALIDITY).map(([value, label]) => ({ value, label }))} />
        <Input.Search allowClear placeholder="标题或文号" defaultValue={q} style={{ width: 220 }} onSearch={(v) => set('q', v.trim() || undefined)} />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
          登记规范性文件
        </Button>
      </Space>
      <Table
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data ?? []}
        locale={{ emptyText: '没有规范性文件。' }}
        pagination={{ showTotal: (t) => `共 ${t} 件` }}
        columns={[
          { title: '文号', dataIndex: 'docNumber', width: 170, render: (n: string | null) => n ?? '（未公布）' },
          { title: '标题', dataIndex: 'title', render: (t: string, r) => <Link to={`/normative/${r.id}`}>{t}</Link> },
          { title: '类型', dataIndex: 'subtype', width: 150, render: (s: string) => L.subtype(s) },
          { title: '起草单位', dataIndex: 'draftingDepartmentId', width: 150, render: (d: string) => names.department(d) },
          { title: '办理环节', dataIndex: 'state', width: 120, render: (s: string) => <Tag color="processing">{L.state(s)}</Tag> },
          { title: '有效性', dataIndex: 'validity', width: 90, render: (v: keyof typeof ND_VALIDITY | null) => (v ? <ValidityTag validity={v} /> : '—') },
          {
            title: '备案',
            width: 130,
            render: (_: unknown, r) => {
              const open = r.filings.filter((f) => !f.filedOn);
              if (!r.filings.length) return '—';
              if (!open.length) return <Tag color="success">已备案</Tag>;
              return <Tag color="warning">待报送 {open.length} 处</Tag>;
            },
          },
        ]}
      />
      {registering && <RegisterModal onClose={() => setRegistering(false)} />}
    </div>
  );
}

function ValidityTag({ validity }: { validity: keyof typeof ND_VALIDITY }) {
  const color = { in_force: 'success', amended: 'blue', expired: 'default', repealed: 'error' }[validity];
  return <Tag color={color}>{ND_VALIDITY[validity]}</Tag>;
}

function RegisterModal({ onClose }: { onClose: () => void }) {
  const trpc = useTRPC();
  const L = useNdLabels();
  const qc = useQueryClient();
  const names = useNames();
  const profile = useProfile();
  const { message } = App.useApp();
  const office = profile.hasRole('supervision_office', 'administrator');
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const register = useMutation(
    trpc.normative.register.mutationOptions({
      onSuccess: async () => {
        void message.success('已登记');
        await qc.invalidateQueries();
        onClose();
      },
      onError: (e) => setError(messageOf(e)),
    }),
  );
  return (
    <Modal open title="登记规范性文件" okText="登记" cancelText="取消" onCancel={onClose} confirmLoading={register.isPending} onOk={() => form.submit()}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ subtype: 'department-normative-document', draftingDepartmentId: profile.user.departmentId }}
        onFinish={(v: { subtype: Outputs['normative']['get']['subtype'] & keyof Labels['subtypes']; title: string; draftingDepartmentId: string; issuingBody: string; summary?: string }) => register.mutate(v)}
      >
        <Form.Item name="subtype" label="类型" rules={[{ required: true }]}>
          <Select options={L.subtypes} />
        </Form.Item>
        <Form.Item name="title" label="标题" rules={[{ required: true, min: 2, message: '请填写标题' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="draftingDepartmentId" label="起草单位" rules={[{ required: true }]}>
          <Select disabled={!office} showSearch optionFilterProp="label" options={names.departments.map((d) => ({ value: d.id, label: d.name }))} />
        </Form.Item>
        <Form.Item name="issuingBody" label="制定机关" rules={[{ required: true, min: 2, message: '请填写制定机关' }]}>
          <Input maxLength={200} placeholder="如：重庆市开州区人民政府" />
        </Form.Item>
        <Form.Item name="summary" label="主要内容">
          <Input.TextArea maxLength={2000} rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function NormativeDetailPage() {
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const L = useNdLabels();
  const names = useNames();
  const doc = useQuery(trpc.normative.get.queryOptions({ id }));
  if (doc.isPending) return <Spin />;
  if (doc.error) return codeOf(doc.error) === 'NOT_FOUND' ? <NotFound /> : <Result status="error" subTitle={messageOf(doc.error)} />;
  const d = doc.data;
  return (
    <div>
      <Typography.Title level={4}>{d.title}</Typography.Title>
      <Descriptions bordered size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="文号">{d.docNumber ?? '（未公布）'}</Descriptions.Item>
        <Descriptions.Item label="类型">{L.subtype(d.subtype)}</Descriptions.Item>
        <Descriptions.Item label="起草单位">{names.department(d.draftingDepartmentId)}</Descriptions.Item>
        <Descriptions.Item label="制定机关">{d.issuingBody}</Descriptions.Item>
        <Descriptions.Item label="办理环节">
          <Tag color="processing">{L.state(d.state)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="有效性">{d.validity ? <ValidityTag validity={d.validity} /> : '尚未施行'}</Descriptions.Item>
        <Descriptions.Item label="公布日期">{d.publishedOn ? tableDate(d.publishedOn) : '—'}</Descriptions.Item>
        <Descriptions.Item label="施行日期">{d.effectiveOn ? tableDate(d.effectiveOn) : '—'}</Descriptions.Item>
      </Descriptions>
      <NextSteps doc={d} />
      <Facts doc={d} />
      {d.filings.length > 0 && <Filings doc={d} />}
      {d.docNumber && <SendToDisclosure doc={d} />}
      <Card title="办理记录" size="small" style={{ marginTop: 16 }}>
        <Timeline
          items={d.steps.map((s) => ({
            children: (
              <div>
                <Typography.Text strong>{stepWords(s, L)}</Typography.Text>
                <Typography.Text type="secondary">
                  {' '}
                  {s.byName} · {tableDateTime(s.at)}
                </Typography.Text>
                {s.note && <div>{s.note}</div>}
                {(s.citations as { instrument: string; location: string }[]).length > 0 && (
                  <div className="rule-citation">依据：{(s.citations as { instrument: string; location: string }[]).map(cite).join('；')}</div>
                )}
              </div>
            ),
          }))}
        />
      </Card>
    </div>
  );
}

function stepWords(s: Doc['steps'][number], L: ReturnType<typeof useNdLabels>) {
  if (s.action === 'registered') return '登记（起草）';
  if (s.action === 'moved') return `${L.state(s.fromState)} → ${L.state(s.toState)}`;
  if (s.action === 'fact') return `记录：${L.fact(s.fact)}${s.value ? '' : '（否）'}`;
  if (s.action === 'cleanup') return s.fromState === s.toState ? '清理' : `清理：${L.state(s.fromState)} → ${L.state(s.toState)}`;
  return '登记报送备案';
}

function useChange(onDone?: () => void) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  return {
    onSuccess: async () => {
      void message.success('已办理');
      await qc.invalidateQueries();
      onDone?.();
    },
    message,
  };
}

/** Each move the document may make next: allowed, lacking steps (each with its article), or the rulebook's silence. */
function NextSteps({ doc }: { doc: Doc }) {
  const trpc = useTRPC();
  const L = useNdLabels();
  const [refusal, setRefusal] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);
  const done = useChange(() => setRefusal(null));
  const move = useMutation(trpc.normative.move.mutationOptions({ onSuccess: done.onSuccess, onError: (e) => setRefusal(messageOf(e)) }));
  const go = (to: NdState) =>
    to === 'published' ? setPublishing(true) : move.mutate({ id: doc.id, version: doc.version, to, on: dayjs().format('YYYY-MM-DD'), note: '' });
  return (
    <Card title="下一步" size="small">
      {refusal && <Alert type="error" showIcon closable onClose={() => setRefusal(null)} message="未能办理" description={refusal} style={{ marginBottom: 12 }} />}
      {doc.next.length === 0 && <Typography.Text type="secondary">该文件已无后续环节（或该区规则对该类文件的后续程序未作规定）。</Typography.Text>}
      <List
        dataSource={doc.next}
        renderItem={(n) =>
          'silent' in n ? (
            <List.Item>
              <List.Item.Meta
                title={L.state(n.to)}
                description={
                  <span>
                    <Tag>规则未规定</Tag>
                    {n.silent.message}
                    {n.silent.pointers.length > 0 && <span className="rule-citation">（参见 {n.silent.pointers.map(cite).join('；')}）</span>}
                  </span>
                }
              />
            </List.Item>
          ) : (
            <List.Item
              actions={[
                <Button key="go" type={n.allowed ? 'primary' : 'default'} loading={move.isPending} onClick={() => go(n.to)}>
                  进入「{L.state(n.to)}」
                </Button>,
              ]}
            >
              <List.Item.Meta
                title={L.state(n.to)}
                description={
                  n.allowed ? (
                    <Tag color="success">条件已具备</Tag>
                  ) : (
                    <ul className="missing-steps">
                      {n.missing.map((m) => (
                        <li key={m.code}>
                          {m.message}
                          <span className="rule-citation">〔{cite(m.citation)}〕</span>
                        </li>
                      ))}
                    </ul>
                  )
                }
              />
            </List.Item>
          )
        }
      />
      {publishing && (
        <PublishModal
          onClose={() => setPublishing(false)}
          pending={move.isPending}
          onOk={(v) => {
            setPublishing(false);
            move.mutate({ id: doc.id, version: doc.version, to: 'published', ...v, note: '' });
          }}
        />
      )}
    </Card>
  );
}

function PublishModal({ onClose, onOk, pending }: { onClose: () => void; pending: boolean; onOk: (v: { docNumber: string; on: string }) => void }) {
  const [form] = Form.useForm();
  return (
    <Modal open title="公布" okText="公布" cancelText="取消" onCancel={onClose} confirmLoading={pending} onOk={() => form.submit()}>
      <Form form={form} layout="vertical" initialValues={{ on: dayjs() }} onFinish={(v: { docNumber: string; on: dayjs.Dayjs }) => onOk({ docNumber: v.docNumber, on: v.on.format('YYYY-MM-DD') })}>
        <Form.Item name="docNumber" label="文号" rules={[{ required: true, message: '请填写文号' }]}>
          <Input maxLength={60} placeholder="如：开州府发〔2026〕9号" />
        </Form.Item>
        <Form.Item name="on" label="公布日期" rules={[{ required: true }]}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The procedure recorded so far, and recording a step (the justice bureau's review with its checklist). */
function Facts({ doc }: { doc: Doc }) {
  const trpc = useTRPC();
  const L = useNdLabels();
  const profile = useProfile();
  const [recording, setRecording] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm();
  const done = useChange(() => setRecording(false));
  const record = useMutation(trpc.normative.recordFact.mutationOptions({ onSuccess: done.onSuccess, onError: (e) => setError(messageOf(e)) }));
  const fact = Form.useWatch('fact', form) as NdFact | undefined;
  const recorded = Object.entries(doc.facts) as [NdFact, boolean][];
  return (
    <Card
      title="程序事项"
      size="small"
      style={{ marginTop: 16 }}
      extra={
        <Button onClick={() => (setError(null), setRecording(true))} disabled={doc.state === 'revoked'}>
          记录程序事项
        </Button>
      }
    >
      {recorded.length === 0 ? (
        <Typography.Text type="secondary">尚未记录。</Typography.Text>
      ) : (
        <Space wrap>
          {recorded.map(([k, v]) => (
            <Tag key={k} color={k === 'prohibitedContentFound' || k === 'cleanupGroundFound' ? (v ? 'error' : 'success') : v ? 'success' : 'default'}>
              {L.fact(k)}：{v ? '是' : '否'}
            </Tag>
          ))}
        </Space>
      )}
      {recording && (
        <Modal open title="记录程序事项" okText="记录" cancelText="取消" onCancel={() => setRecording(false)} confirmLoading={record.isPending} onOk={() => form.submit()}>
          {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
          <Form
            form={form}
            layout="vertical"
            initialValues={{ value: true, checklist: [] }}
            onFinish={(v: { fact: NdFact; value: boolean; note: string; checklist: (keyof Labels['checklist'])[] }) =>
              record.mutate({
                id: doc.id,
                version: doc.version,
                fact: v.fact,
                value: v.value,
                note: v.note,
                ...(v.fact === 'legalityReviewDone' && profile.district === 'shapingba' ? { checklist: Object.fromEntries(v.checklist.map((k) => [k, true])) } : {}),
              })
            }
          >
            <Form.Item name="fact" label="事项" rules={[{ required: true, message: '请选择事项' }]}>
              <Select options={L.facts} />
            </Form.Item>
            <Form.Item name="value" label="结论">
              <Radio.Group options={[{ value: true, label: '是' }, { value: false, label: '否' }]} />
            </Form.Item>
            {fact === 'legalityReviewDone' && profile.district === 'shapingba' && (
              <Form.Item name="checklist" label="审查发现文件设定或减损了下列事项（沙坪坝区规则第二十条第二款）" extra="勾选任何一项即为不得发布的内容。">
                <Checkbox.Group options={L.checklist} />
              </Form.Item>
            )}
            <Form.Item name="note" label="意见或依据" rules={[{ required: true, min: 2, message: '请写明意见或依据' }]}>
              <Input.TextArea maxLength={2000} rows={3} />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </Card>
  );
}

function Filings({ doc }: { doc: Doc }) {
  const trpc = useTRPC();
  const L = useNdLabels();
  const [error, setError] = useState<string | null>(null);
  const done = useChange(() => setError(null));
  const file = useMutation(trpc.normative.recordFiling.mutationOptions({ onSuccess: done.onSuccess, onError: (e) => setError(messageOf(e)) }));
  return (
    <Card title="报送备案" size="small" style={{ marginTop: 16 }}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={doc.filings}
        columns={[
          { title: '备案机关', dataIndex: 'body', render: (b: string) => L.body(b) },
          { title: '要求', dataIndex: 'requirement' },
          { title: '报送时限', dataIndex: 'dueDate', width: 110, render: (d: string | null) => (d ? tableDate(d) : '—') },
          {
            title: '报送',
            width: 180,
            render: (_: unknown, f) =>
              f.filedOn ? (
                `${tableDate(f.filedOn)} ${f.reference ?? ''}`
              ) : (
                <Button size="small" loading={file.isPending} onClick={() => file.mutate({ id: doc.id, version: doc.version, body: f.body, filedOn: dayjs().format('YYYY-MM-DD'), reference: '' })}>
                  登记已报送
                </Button>
              ),
          },
        ]}
      />
    </Card>
  );
}

/** A published document sent to the disclosure app, with its full text (the registry keeps its facts, not its text). */
function SendToDisclosure({ doc }: { doc: Doc }) {
  const trpc = useTRPC();
  const profile = useProfile();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm();
  const done = useChange(() => setOpen(false));
  const send = useMutation(trpc.normative.sendToDisclosure.mutationOptions({ onSuccess: done.onSuccess, onError: (e) => setError(messageOf(e)) }));
  const may = profile.hasRole('supervision_office', 'administrator') || profile.user.departmentId === doc.draftingDepartmentId;
  return (
    <Card title="政务公开" size="small" style={{ marginTop: 16 }}>
      {doc.sentToDisclosureAt ? (
        <Typography.Text>已于 {tableDateTime(doc.sentToDisclosureAt)} 报送政务公开系统，由起草单位在该系统中起草政策解读后提交保密审查。</Typography.Text>
      ) : (
        <Space>
          <Typography.Text type="secondary">公布后报送政务公开系统，经保密审查、签发后在门户网站主动公开。</Typography.Text>
          {may && <Button onClick={() => (setError(null), setOpen(true))}>报送政务公开</Button>}
        </Space>
      )}
      {open && (
        <Modal open width={680} title="报送政务公开" okText="报送" cancelText="取消" onCancel={() => setOpen(false)} confirmLoading={send.isPending} onOk={() => form.submit()}>
          {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
          <Form form={form} layout="vertical" initialValues={{ category: '综合政务' }} onFinish={(v: { text: string; category: string }) => send.mutate({ id: doc.id, ...v })}>
            <Form.Item name="category" label="主题分类" rules={[{ required: true }]}>
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item name="text" label="文件全文" rules={[{ required: true, min: 10, message: '请粘贴文件全文' }]}>
              <Input.TextArea rows={10} maxLength={200000} />
            </Form.Item>
          </Form>
        </Modal>
      )}
    </Card>
  );
}
