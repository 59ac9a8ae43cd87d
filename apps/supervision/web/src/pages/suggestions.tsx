// Deputies' suggestions and CPPCC proposals (建议提案办理): the ledger of a session with its filters; one item with its
// clocks, its co-handlers' opinions, its answer (and the first one, when re-handled), its promised tasks and its
// history, and the step that is the viewer's to take; a session at a glance for the office, exportable to Excel.
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { type UseMutationResult, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  codeOf,
  fileToBase64,
  messageOf,
  NotFound,
  tableDate,
  tableDateTime,
  useProfile,
} from '@zhengling/web-shell';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Radio,
  Result,
  Row,
  Select,
  Space,
  Spin,
  Statistic,
  Table,
  Tag,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import dayjs from 'dayjs';
import { type ReactNode, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useNames } from '../components/common';
import { DEADLINE_KIND, PAGE } from '../labels';
import { type Outputs, useTRPC } from '../trpc';

type Item = Outputs['suggestions']['get'];
const day = (d: string | Date | null | undefined) => (d ? tableDate(d) : '—');
const iso = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');
const STATE_COLOR: Record<string, string> = {
  registered: 'default',
  assigned: 'processing',
  returned: 'warning',
  answered: 'cyan',
  rehandling: 'orange',
  closed: 'success',
};
const RATING_COLOR: Record<string, string> = {
  satisfied: 'success',
  basically_satisfied: 'blue',
  dissatisfied: 'error',
};
const DISCLOSURE_STATE: Record<string, string> = {
  draft: '待提交',
  in_review: '保密审查中',
  awaiting_signoff: '待签发',
  published: '已发布',
  withheld: '不予公开',
};
const DEADLINE_STATUS: Record<string, [string, string]> = {
  open: ['计时中', 'processing'],
  paused: ['中止', 'default'],
  met: ['已办结', 'success'],
  cancelled: ['已撤销', 'default'],
};

function useLabels() {
  const trpc = useTRPC();
  const { data } = useQuery({ ...trpc.suggestions.labels.queryOptions(), staleTime: Infinity });
  const find = (list: { id: string; label: string }[] | undefined, id: string | null | undefined) =>
    list?.find((x) => x.id === id)?.label ?? '—';
  return {
    data,
    body: (id: string | null | undefined) => find(data?.sourceBodies, id),
    state: (id: string | null | undefined) => find(data?.states, id),
    category: (id: string | null | undefined) => find(data?.categories, id),
    rating: (id: string | null | undefined) => find(data?.ratings, id),
    event: (id: string) => data?.events[id] ?? id,
  };
}

export function SuggestionListPage() {
  const trpc = useTRPC();
  const names = useNames();
  const L = useLabels();
  const profile = useProfile();
  const office = profile.hasRole('supervision_office', 'administrator');
  const [params, setParams] = useSearchParams();
  const sessions = useQuery(trpc.suggestions.sessions.queryOptions());
  const session = params.get('session') ?? sessions.data?.[0]?.session;
  const page = Number(params.get('page') ?? 1);
  const filter = {
    ...(session ? { session } : {}),
    ...(params.get('sourceBody') ? { sourceBody: params.get('sourceBody') as never } : {}),
    ...(params.get('state') ? { state: params.get('state') as never } : {}),
    ...(params.get('q') ? { q: params.get('q')! } : {}),
    ...(params.get('departmentId') ? { departmentId: params.get('departmentId')! } : {}),
    page,
    pageSize: 20,
  };
  const list = useQuery(trpc.suggestions.list.queryOptions(filter));
  const [registering, setRegistering] = useState(false);
  const [importing, setImporting] = useState(false);
  const set = (k: string, v: string | undefined) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    if (k !== 'page') next.delete('page');
    setParams(next);
  };
  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          建议提案办理
        </Typography.Title>
        <Select
          style={{ width: 300 }}
          placeholder="会议届次"
          aria-label="会议届次"
          value={session}
          onChange={(v) => set('session', v)}
          options={(sessions.data ?? []).map((s) => ({
            value: s.session,
            label: `${s.session}（${s.count}件）`,
          }))}
        />
        {office && session && (
          <Link to={`/suggestions/overview?session=${encodeURIComponent(session)}`}>办理情况总览</Link>
        )}
        {office && (
          <>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
              登记建议提案
            </Button>
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)}>
              导入交办清单
            </Button>
          </>
        )}
      </Space>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder="类别"
          value={params.get('sourceBody') ?? undefined}
          onChange={(v) => set('sourceBody', v)}
          options={(L.data?.sourceBodies ?? []).map((b) => ({ value: b.id, label: b.label }))}
        />
        <Select
          allowClear
          style={{ width: 160 }}
          placeholder="办理状态"
          aria-label="办理状态"
          value={params.get('state') ?? undefined}
          onChange={(v) => set('state', v)}
          options={(L.data?.states ?? []).map((s) => ({ value: s.id, label: s.label }))}
        />
        {params.get('departmentId') && (
          <Tag closable onClose={() => set('departmentId', undefined)}>
            主办单位：{names.department(params.get('departmentId'))}
          </Tag>
        )}
        <Input.Search
          allowClear
          placeholder="标题、编号或代表委员"
          defaultValue={params.get('q') ?? ''}
          onSearch={(v) => set('q', v.trim() || undefined)}
          style={{ width: 240 }}
        />
      </Space>
      <Table
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: '没有符合条件的建议提案。' }}
        pagination={{
          current: page,
          pageSize: 20,
          total: list.data?.total ?? 0,
          onChange: (p) => set('page', String(p)),
          showTotal: (t) => `共 ${t} 件`,
        }}
        columns={[
          { title: '类别', dataIndex: 'sourceBody', width: 130, render: (b: string) => L.body(b) },
          { title: '编号', dataIndex: 'number', width: 80 },
          {
            title: '标题',
            dataIndex: 'title',
            render: (t: string, r) => <Link to={`/suggestions/${r.id}`}>{t}</Link>,
          },
          { title: '代表委员', dataIndex: 'proposers', width: 140, render: (p: string[]) => p.join('、') },
          {
            title: '主办单位',
            dataIndex: 'leadDepartmentId',
            width: 150,
            render: (d: string | null) => names.department(d),
          },
          { title: '交办日期', dataIndex: 'assignedOn', width: 110, render: day },
          {
            title: '答复期限',
            width: 120,
            render: (_: unknown, r) =>
              r.answerDueOn ? (
                <span style={r.overdue ? { color: '#cf1322' } : undefined}>
                  {day(r.answerDueOn)}
                  {r.overdue ? '（逾期）' : ''}
                </span>
              ) : (
                '—'
              ),
          },
          {
            title: '状态',
            width: 150,
            render: (_: unknown, r) => (
              <Space size={4} wrap>
                <Tag color={STATE_COLOR[r.state]}>{L.state(r.state)}</Tag>
                {r.difficult && <Tag>重大复杂</Tag>}
              </Space>
            ),
          },
          {
            title: '满意度',
            dataIndex: 'rating',
            width: 90,
            render: (r: string | null) => (r ? <Tag color={RATING_COLOR[r]}>{L.rating(r)}</Tag> : '—'),
          },
        ]}
      />
      {registering && <RegisterModal session={session} onClose={() => setRegistering(false)} />}
      {importing && <ImportModal session={session} onClose={() => setImporting(false)} />}
    </div>
  );
}

/** A modal form whose submit runs one mutation; the server's refusal is shown in it, nothing is lost. */
function ActionModal<V>({
  title,
  okText,
  mutation,
  initialValues,
  submit,
  onClose,
  children,
  width,
}: {
  title: string;
  okText: string;
  mutation: UseMutationResult<unknown, unknown, never>;
  initialValues?: object;
  submit: (v: V) => void;
  onClose: () => void;
  children: ReactNode;
  width?: number;
}) {
  const [form] = Form.useForm();
  return (
    <Modal
      open
      width={width}
      title={title}
      okText={okText}
      cancelText="取消"
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {mutation.error ? (
        <Alert
          type="error"
          showIcon
          message="未能办理"
          description={messageOf(mutation.error)}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      <Form form={form} layout="vertical" initialValues={initialValues} onFinish={submit}>
        {children}
      </Form>
    </Modal>
  );
}

function useDone(onClose: () => void) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  return async () => {
    void message.success('已办理');
    await qc.invalidateQueries();
    onClose();
  };
}

function RegisterModal({ session, onClose }: { session: string | undefined; onClose: () => void }) {
  const trpc = useTRPC();
  const L = useLabels();
  const done = useDone(onClose);
  const register = useMutation(trpc.suggestions.register.mutationOptions({ onSuccess: done }));
  return (
    <ActionModal<{
      sourceBody: 'npc-district';
      session: string;
      number: string;
      title: string;
      proposers: string;
      body?: string;
    }>
      title="登记建议提案"
      okText="登记"
      width={640}
      mutation={register as never}
      initialValues={{ session, sourceBody: 'npc-district' }}
      submit={(v) =>
        register.mutate({
          ...v,
          body: v.body ?? '',
          proposers: v.proposers.split(/[、，,\s]+/).filter(Boolean),
        })
      }
      onClose={onClose}
    >
      <Form.Item name="sourceBody" label="类别" rules={[{ required: true }]}>
        <Select options={(L.data?.sourceBodies ?? []).map((b) => ({ value: b.id, label: b.label }))} />
      </Form.Item>
      <Form.Item name="session" label="会议届次" rules={[{ required: true, message: '请填写会议届次' }]}>
        <Input maxLength={100} placeholder="如：区第十八届人民代表大会第六次会议" />
      </Form.Item>
      <Form.Item name="number" label="编号" rules={[{ required: true, message: '请填写编号' }]}>
        <Input maxLength={30} />
      </Form.Item>
      <Form.Item name="title" label="标题" rules={[{ required: true, message: '请填写标题' }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item
        name="proposers"
        label="代表委员"
        rules={[{ required: true, message: '请填写代表委员' }]}
        extra="多人以顿号分隔，领衔者在前"
      >
        <Input maxLength={500} />
      </Form.Item>
      <Form.Item name="body" label="内容">
        <Input.TextArea rows={5} maxLength={20000} />
      </Form.Item>
    </ActionModal>
  );
}

function ImportModal({ session, onClose }: { session: string | undefined; onClose: () => void }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [target, setTarget] = useState(session ?? '');
  const [error, setError] = useState<string | null>(null);
  const run = useMutation(
    trpc.suggestions.import.mutationOptions({
      onSuccess: () => qc.invalidateQueries(),
      onError: (e) => setError(messageOf(e)),
    }),
  );
  const result = run.data;
  return (
    <Modal
      open
      width={760}
      title="导入建议提案交办清单"
      onCancel={onClose}
      footer={null}
      maskClosable={!run.isPending}
    >
      {!result && (
        <>
          <Typography.Paragraph type="secondary">
            表头为：类别、编号、标题、代表委员、内容、主办单位、协办单位、交办日期。类别填“区人大代表建议”“区政协委员提案”“市人大代表建议”或“市政协委员提案”；
            多名代表委员、多个协办单位以顿号分隔；填写主办单位的行同时交办（交办日期写作
            2026-03-10，不填为今天）。任何一行有误，整表不导入。
          </Typography.Paragraph>
          <Input
            addonBefore="会议届次"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            maxLength={100}
            style={{ marginBottom: 12 }}
          />
          {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
          <Upload.Dragger
            accept=".xlsx"
            maxCount={1}
            showUploadList={false}
            disabled={run.isPending || target.trim().length < 2}
            beforeUpload={async (file) => {
              setError(null);
              if (file.size > 8 * 1024 * 1024) setError('文件超过 8 MB，请拆分后导入。');
              else run.mutate({ session: target.trim(), file: await fileToBase64(file) });
              return false;
            }}
          >
            <p>
              {target.trim().length < 2
                ? '请先填写会议届次'
                : run.isPending
                  ? '正在导入…'
                  : '点击或拖入 .xlsx 文件'}
            </p>
          </Upload.Dragger>
        </>
      )}
      {result && result.problems.length === 0 && (
        <Result
          status="success"
          title={`已导入 ${result.imported} 件，其中 ${result.assigned} 件已交办`}
          extra={<Button onClick={onClose}>关闭</Button>}
        />
      )}
      {result && result.problems.length > 0 && (
        <>
          <Alert
            type="error"
            showIcon
            message={`有 ${result.problems.length} 处错误，整表未导入`}
            style={{ marginBottom: 12 }}
          />
          <Table
            rowKey={(p) => `${p.row}-${p.column}-${p.reason}`}
            size="small"
            pagination={false}
            dataSource={result.problems}
            columns={[
              { title: '行', dataIndex: 'row', width: 60 },
              { title: '列', dataIndex: 'column', width: 100 },
              { title: '原因', dataIndex: 'reason' },
            ]}
          />
        </>
      )}
    </Modal>
  );
}

type Step =
  'assign' | 'return' | 'contact' | 'opinion' | 'difficult' | 'draft' | 'signOff' | 'rate' | 'exempt';

export function SuggestionDetailPage() {
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const names = useNames();
  const L = useLabels();
  const query = useQuery(trpc.suggestions.get.queryOptions({ id }));
  const [step, setStep] = useState<Step | null>(null);
  const qc = useQueryClient();
  const { message } = App.useApp();
  const publish = useMutation(
    trpc.suggestions.sendToDisclosure.mutationOptions({
      onSuccess: async () => {
        void message.success('已报送政务公开');
        await qc.invalidateQueries();
      },
    }),
  );
  if (query.isPending) return <Spin />;
  if (query.error)
    return codeOf(query.error) === 'NOT_FOUND' ? (
      <NotFound />
    ) : (
      <Result status="error" subTitle={messageOf(query.error)} />
    );
  const s = query.data;
  const first = s.firstAnswer as {
    category: string;
    text: string;
    signedBy: string;
    answeredOn: string;
    rating: string;
    ratingNote: string;
    ratedOn: string;
  } | null;
  const close = () => setStep(null);
  const actions: [Step, string, boolean][] = [
    ['assign', s.state === 'returned' ? '重新交办' : '交办', s.can.assign],
    ['return', '退回交办', s.can.return],
    ['contact', '记录联系代表委员', s.can.contact],
    ['opinion', '提出协办意见', s.can.opinion],
    ['difficult', '列为重大复杂事项', s.can.difficult],
    ['draft', s.answerText ? '修改答复稿' : '拟写答复', s.can.draft],
    ['signOff', '签发答复', s.can.signOff],
    ['rate', '记录满意度', s.can.rate],
    ['exempt', '不予公开', s.can.exempt],
  ];
  return (
    <div>
      <Typography.Title level={4}>
        {L.body(s.sourceBody)} 第{s.number}号：{s.title}
      </Typography.Title>
      {publish.error ? (
        <Alert
          type="error"
          showIcon
          closable
          message="未能报送"
          description={messageOf(publish.error)}
          style={{ marginBottom: 12 }}
        />
      ) : null}
      {s.state === 'returned' && (
        <Alert
          type="warning"
          showIcon
          message={`${names.department(s.leadDepartmentId)}退回：${s.returnReason}`}
          description="请督查办重新交办。"
          style={{ marginBottom: 12 }}
        />
      )}
      <Descriptions bordered size="small" column={2} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="办理状态">
          <Space size={4}>
            <Tag color={STATE_COLOR[s.state]}>{L.state(s.state)}</Tag>
            {s.round > 1 && <Tag color="orange">第{s.round}次办理</Tag>}
            {s.difficult && <Tag>重大复杂：{s.difficultReason}</Tag>}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label="会议届次">{s.session}</Descriptions.Item>
        <Descriptions.Item label="代表委员">{s.proposers.join('、')}</Descriptions.Item>
        <Descriptions.Item label="交办日期">
          {day(s.assignedOn)}
          {s.returnByOn && s.state === 'assigned' ? `（${day(s.returnByOn)}前可退回）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="主办单位">{names.department(s.leadDepartmentId)}</Descriptions.Item>
        <Descriptions.Item label="协办单位">
          {s.coDepartmentIds.map((d) => names.department(d)).join('、') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label="联系代表委员">
          {s.contactedOn ? `${day(s.contactedOn)} ${s.contactNote}` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label="政务公开">
          {s.disclosureExempt
            ? `不予公开：${s.exemptReason}`
            : s.disclosureItemId
              ? `已报送${s.disclosure ? `：${DISCLOSURE_STATE[s.disclosure.state] ?? s.disclosure.state}${s.disclosure.indexNumber ? `，索引号 ${s.disclosure.indexNumber}` : ''}` : '（政务公开系统暂时无法查询）'}`
              : '—'}
        </Descriptions.Item>
        {s.body ? (
          <Descriptions.Item label="内容" span={2}>
            <Typography.Paragraph
              style={{ whiteSpace: 'pre-wrap', margin: 0 }}
              ellipsis={{ rows: 4, expandable: true, symbol: '展开' }}
            >
              {s.body}
            </Typography.Paragraph>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      <Space wrap style={{ marginBottom: 16 }}>
        {actions
          .filter(([, , may]) => may)
          .map(([k, label]) => (
            <Button
              key={k}
              type={k === 'signOff' || k === 'assign' ? 'primary' : 'default'}
              danger={k === 'return'}
              onClick={() => setStep(k)}
            >
              {label}
            </Button>
          ))}
        {s.can.publish && !s.disclosureItemId && (
          <Button type="primary" loading={publish.isPending} onClick={() => publish.mutate({ id: s.id })}>
            报送政务公开
          </Button>
        )}
      </Space>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Card size="small" title={s.round > 1 ? '答复（重新办理）' : '答复'} style={{ marginBottom: 16 }}>
            {s.answerText ? (
              <>
                <Space wrap style={{ marginBottom: 8 }}>
                  <Tag color="blue">{L.category(s.answerCategory)}</Tag>
                  <span>拟稿：{s.answerDraftedBy ?? '（已退回修改）'}</span>
                  <span>签发：{s.answerSignedBy ?? '待负责人签发'}</span>
                  {s.answeredOn && <span>答复日期：{day(s.answeredOn)}</span>}
                </Space>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{s.answerText}</Typography.Paragraph>
                {(s.answerPromises as { title: string; dueOn: string }[]).length > 0 && (
                  <Typography.Paragraph>
                    承诺事项：
                    {(s.answerPromises as { title: string; dueOn: string }[])
                      .map((p) => `${p.title}（${p.dueOn}前）`)
                      .join('；')}
                  </Typography.Paragraph>
                )}
                {s.rating && (
                  <Typography.Paragraph>
                    满意度：<Tag color={RATING_COLOR[s.rating]}>{L.rating(s.rating)}</Tag>
                    {day(s.ratedOn)} {s.ratingNote}
                  </Typography.Paragraph>
                )}
                {!s.rating && s.ratingDueOn && (
                  <Typography.Text type="secondary">
                    代表委员反馈满意度期限：{day(s.ratingDueOn)}
                  </Typography.Text>
                )}
              </>
            ) : (
              <Typography.Text type="secondary">尚未答复。</Typography.Text>
            )}
          </Card>
          {first && (
            <Card size="small" title="首次答复" style={{ marginBottom: 16 }}>
              <Space wrap style={{ marginBottom: 8 }}>
                <Tag>{L.category(first.category)}</Tag>
                <span>签发：{first.signedBy}</span>
                <span>答复日期：{day(first.answeredOn)}</span>
                <Tag color={RATING_COLOR[first.rating]}>{L.rating(first.rating)}</Tag>
                <span>{first.ratingNote}</span>
              </Space>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} type="secondary">
                {first.text}
              </Typography.Paragraph>
            </Card>
          )}
          {s.opinions.length > 0 && (
            <Card size="small" title="协办意见" style={{ marginBottom: 16 }}>
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={s.opinions}
                columns={[
                  {
                    title: '协办单位',
                    dataIndex: 'departmentId',
                    width: 150,
                    render: (d: string) => names.department(d),
                  },
                  {
                    title: '意见',
                    dataIndex: 'opinion',
                    render: (o: string, r) =>
                      r.submittedAt ? o : <Typography.Text type="secondary">尚未提出</Typography.Text>,
                  },
                  {
                    title: '提出',
                    dataIndex: 'submittedAt',
                    width: 150,
                    render: (d: string | null) => (d ? tableDateTime(d) : '—'),
                  },
                ]}
              />
            </Card>
          )}
          {s.tasks.length > 0 && (
            <Card size="small" title="承诺事项跟踪" style={{ marginBottom: 16 }}>
              <Table
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={s.tasks}
                columns={[
                  { title: '编号', dataIndex: 'number', width: 100 },
                  {
                    title: '事项',
                    dataIndex: 'title',
                    render: (t: string, r) => <Link to={`${PAGE.suggestion_commitment}/${r.id}`}>{t}</Link>,
                  },
                  { title: '完成时限', dataIndex: 'dueDate', width: 110, render: day },
                  { title: '进度', dataIndex: 'percent', width: 70, render: (p: number) => `${p}%` },
                ]}
              />
            </Card>
          )}
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title="办理时限" style={{ marginBottom: 16 }}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={s.deadlines}
              locale={{ emptyText: '交办后开始计时。' }}
              columns={[
                {
                  title: '事项',
                  dataIndex: 'kind',
                  render: (k: string, d) => (
                    <span title={d.ruleSource}>
                      {DEADLINE_KIND[k] ?? k}
                      {d.departmentId !== s.leadDepartmentId ? `（${names.department(d.departmentId)}）` : ''}
                    </span>
                  ),
                },
                { title: '期限', dataIndex: 'dueDate', width: 100, render: day },
                {
                  title: '',
                  width: 90,
                  render: (_: unknown, d) =>
                    d.overdue ? (
                      <Tag color="error">逾期</Tag>
                    ) : (
                      <Tag color={DEADLINE_STATUS[d.status]?.[1]}>
                        {DEADLINE_STATUS[d.status]?.[0] ?? d.status}
                      </Tag>
                    ),
                },
              ]}
            />
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              时限为配置项（{L.body(s.sourceBody)}：答复{s.clocks.answerMonths}个月，重大复杂
              {s.clocks.difficultAnswerMonths}个月，不满意重新办理{s.clocks.rehandleMonths}
              个月），来源见配置页；规则文本未规定办理时限。
            </Typography.Paragraph>
          </Card>
          <Card size="small" title="办理记录">
            <Timeline
              items={s.events.map((e) => ({
                children: (
                  <div>
                    <Typography.Text strong>{L.event(e.action)}</Typography.Text>{' '}
                    <Typography.Text type="secondary">
                      {tableDateTime(e.at)} {e.byName}
                    </Typography.Text>
                    {e.note && <div>{e.note}</div>}
                  </div>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
      {step === 'assign' && <AssignModal item={s} onClose={close} />}
      {step === 'return' && <ReasonStep item={s} kind="return" onClose={close} />}
      {step === 'difficult' && <ReasonStep item={s} kind="difficult" onClose={close} />}
      {step === 'exempt' && <ReasonStep item={s} kind="exempt" onClose={close} />}
      {step === 'contact' && <ContactModal item={s} onClose={close} />}
      {step === 'opinion' && <OpinionModal item={s} onClose={close} />}
      {step === 'draft' && <DraftModal item={s} onClose={close} />}
      {step === 'signOff' && <SignOffModal item={s} onClose={close} />}
      {step === 'rate' && <RateModal item={s} onClose={close} />}
    </div>
  );
}

function AssignModal({ item, onClose }: { item: Item; onClose: () => void }) {
  const trpc = useTRPC();
  const names = useNames();
  const done = useDone(onClose);
  const assign = useMutation(trpc.suggestions.assign.mutationOptions({ onSuccess: done }));
  const departments = names.departments.map((d) => ({ value: d.id, label: d.name }));
  return (
    <ActionModal<{ leadDepartmentId: string; coDepartmentIds?: string[]; assignedOn: dayjs.Dayjs }>
      title={item.state === 'returned' ? '重新交办' : '交办'}
      okText="交办"
      mutation={assign as never}
      initialValues={{ assignedOn: dayjs() }}
      submit={(v) =>
        assign.mutate({
          id: item.id,
          version: item.version,
          leadDepartmentId: v.leadDepartmentId,
          coDepartmentIds: v.coDepartmentIds ?? [],
          assignedOn: iso(v.assignedOn),
        })
      }
      onClose={onClose}
    >
      {item.state === 'returned' && (
        <Alert
          type="warning"
          showIcon
          message={`原主办单位${names.department(item.leadDepartmentId)}退回：${item.returnReason}`}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form.Item
        name="leadDepartmentId"
        label="主办单位"
        rules={[{ required: true, message: '请选择主办单位' }]}
      >
        <Select showSearch optionFilterProp="label" options={departments} aria-label="主办单位" />
      </Form.Item>
      <Form.Item name="coDepartmentIds" label="协办单位">
        <Select
          mode="multiple"
          showSearch
          optionFilterProp="label"
          options={departments}
          aria-label="协办单位"
        />
      </Form.Item>
      <Form.Item
        name="assignedOn"
        label="交办日期"
        rules={[{ required: true }]}
        extra="联系代表委员、协办意见和答复的时限自交办之日起算。"
      >
        <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
    </ActionModal>
  );
}

function ReasonStep({
  item,
  kind,
  onClose,
}: {
  item: Item;
  kind: 'return' | 'difficult' | 'exempt';
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const done = useDone(onClose);
  const options = { onSuccess: done };
  const ret = useMutation(trpc.suggestions.return.mutationOptions(options));
  const difficult = useMutation(trpc.suggestions.difficult.mutationOptions(options));
  const exempt = useMutation(trpc.suggestions.exempt.mutationOptions(options));
  const m = { return: ret, difficult, exempt }[kind];
  const words: [string, string, string, string] = {
    return: [
      '退回交办',
      '退回',
      '不属于本单位职责的理由',
      `交办之日起${item.clocks.returnWorkingDays}个工作日内可以退回，由督查办重新交办。`,
    ],
    difficult: [
      '列为重大复杂事项',
      '确定',
      '需要延长答复时间的理由',
      `答复时限由${item.clocks.answerMonths}个月延长至${item.clocks.difficultAnswerMonths}个月。`,
    ],
    exempt: [
      '不予公开',
      '确定',
      '不予公开的理由',
      '答复涉及国家秘密、个人信息等不宜公开的内容时，记录理由后不予公开。',
    ],
  }[kind] as [string, string, string, string];
  return (
    <ActionModal<{ reason: string }>
      title={words[0]}
      okText={words[1]}
      mutation={m as never}
      submit={(v) => m.mutate({ id: item.id, version: item.version, reason: v.reason })}
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">{words[3]}</Typography.Paragraph>
      <Form.Item
        name="reason"
        label={words[2]}
        rules={[{ required: true, min: 4, message: `请写明${words[2]}` }]}
      >
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </ActionModal>
  );
}

function ContactModal({ item, onClose }: { item: Item; onClose: () => void }) {
  const trpc = useTRPC();
  const done = useDone(onClose);
  const contact = useMutation(trpc.suggestions.contact.mutationOptions({ onSuccess: done }));
  return (
    <ActionModal<{ contactedOn: dayjs.Dayjs; note?: string }>
      title="记录联系代表委员"
      okText="记录"
      mutation={contact as never}
      initialValues={{ contactedOn: dayjs() }}
      submit={(v) =>
        contact.mutate({
          id: item.id,
          version: item.version,
          contactedOn: iso(v.contactedOn),
          note: v.note ?? '',
        })
      }
      onClose={onClose}
    >
      <Form.Item name="contactedOn" label="联系日期" rules={[{ required: true }]}>
        <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="note" label="联系情况">
        <Input.TextArea rows={3} maxLength={2000} placeholder="如：电话联系，了解具体诉求" />
      </Form.Item>
    </ActionModal>
  );
}

function OpinionModal({ item, onClose }: { item: Item; onClose: () => void }) {
  const trpc = useTRPC();
  const done = useDone(onClose);
  const opinion = useMutation(trpc.suggestions.opinion.mutationOptions({ onSuccess: done }));
  return (
    <ActionModal<{ opinion: string }>
      title="协办意见"
      okText="送主办单位"
      mutation={opinion as never}
      submit={(v) => opinion.mutate({ id: item.id, opinion: v.opinion })}
      onClose={onClose}
    >
      <Form.Item
        name="opinion"
        label="书面意见"
        rules={[{ required: true, min: 4, message: '请填写协办意见' }]}
      >
        <Input.TextArea rows={5} maxLength={8000} />
      </Form.Item>
    </ActionModal>
  );
}

function DraftModal({ item, onClose }: { item: Item; onClose: () => void }) {
  const trpc = useTRPC();
  const L = useLabels();
  const done = useDone(onClose);
  const draft = useMutation(trpc.suggestions.draft.mutationOptions({ onSuccess: done }));
  type Values = {
    category: 'A' | 'B' | 'C';
    text: string;
    promises?: { title: string; dueOn: dayjs.Dayjs }[];
  };
  return (
    <ActionModal<Values>
      title={item.round > 1 ? '拟写答复（重新办理）' : '拟写答复'}
      okText="提交负责人签发"
      width={720}
      mutation={draft as never}
      initialValues={{
        category: item.answerCategory ?? undefined,
        text: item.answerText,
        promises: (item.answerPromises as { title: string; dueOn: string }[]).map((p) => ({
          title: p.title,
          dueOn: dayjs(p.dueOn),
        })),
      }}
      submit={(v) =>
        draft.mutate({
          id: item.id,
          version: item.version,
          category: v.category,
          text: v.text,
          promises: (v.promises ?? []).map((p) => ({ title: p.title, dueOn: iso(p.dueOn) })),
        })
      }
      onClose={onClose}
    >
      {item.round > 1 && (
        <Alert
          type="warning"
          showIcon
          message={`代表委员对首次答复不满意：${item.ratingNote}`}
          style={{ marginBottom: 12 }}
        />
      )}
      <Form.Item name="category" label="答复类别" rules={[{ required: true, message: '请选择答复类别' }]}>
        <Radio.Group options={(L.data?.categories ?? []).map((c) => ({ value: c.id, label: c.label }))} />
      </Form.Item>
      <Form.Item
        name="text"
        label="答复内容"
        rules={[{ required: true, min: 10, message: '请填写答复内容' }]}
        extra="C类答复须写明不能解决的原因（条件不具备，或属上级机关事权及已报告的情况）。"
      >
        <Input.TextArea rows={8} maxLength={20000} />
      </Form.Item>
      <Typography.Text>承诺事项（签发后转入督办跟踪；B类答复至少一项）</Typography.Text>
      <Form.List name="promises">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item name={[f.name, 'title']} rules={[{ required: true, message: '请填写事项' }]}>
                  <Input placeholder="承诺事项" style={{ width: 380 }} maxLength={300} />
                </Form.Item>
                <Form.Item name={[f.name, 'dueOn']} rules={[{ required: true, message: '请选择时限' }]}>
                  <DatePicker placeholder="完成时限" disabledDate={(d) => !d.isAfter(dayjs(), 'day')} />
                </Form.Item>
                <Button type="link" onClick={() => remove(f.name)}>
                  删除
                </Button>
              </Space>
            ))}
            <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />} style={{ marginTop: 4 }}>
              增加承诺事项
            </Button>
          </>
        )}
      </Form.List>
    </ActionModal>
  );
}

function SignOffModal({ item, onClose }: { item: Item; onClose: () => void }) {
  const trpc = useTRPC();
  const L = useLabels();
  const done = useDone(onClose);
  const sign = useMutation(trpc.suggestions.signOff.mutationOptions({ onSuccess: done }));
  const [decision, setDecision] = useState<'sign_off' | 'send_back'>('sign_off');
  return (
    <ActionModal<{ answeredOn: dayjs.Dayjs; comment?: string }>
      title="签发答复"
      okText={decision === 'sign_off' ? '签发' : '退回修改'}
      width={680}
      mutation={sign as never}
      initialValues={{ answeredOn: dayjs() }}
      submit={(v) =>
        sign.mutate({
          id: item.id,
          version: item.version,
          decision,
          ...(decision === 'sign_off' ? { answeredOn: iso(v.answeredOn) } : { comment: v.comment ?? '' }),
        })
      }
      onClose={onClose}
    >
      <Typography.Paragraph>
        <Tag color="blue">{L.category(item.answerCategory)}</Tag>拟稿：{item.answerDraftedBy}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', background: '#fafafa', padding: 8 }}>
        {item.answerText}
      </Typography.Paragraph>
      <Radio.Group
        value={decision}
        onChange={(e) => setDecision(e.target.value as 'sign_off' | 'send_back')}
        options={[
          { value: 'sign_off', label: '同意签发' },
          { value: 'send_back', label: '退回修改' },
        ]}
        style={{ marginBottom: 12 }}
      />
      {decision === 'sign_off' ? (
        <Form.Item name="answeredOn" label="答复日期" rules={[{ required: true }]}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
      ) : (
        <Form.Item name="comment" label="修改意见" rules={[{ required: true, message: '请写明修改意见' }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      )}
    </ActionModal>
  );
}

function RateModal({ item, onClose }: { item: Item; onClose: () => void }) {
  const trpc = useTRPC();
  const L = useLabels();
  const done = useDone(onClose);
  const rate = useMutation(trpc.suggestions.rate.mutationOptions({ onSuccess: done }));
  return (
    <ActionModal<{
      rating: 'satisfied' | 'basically_satisfied' | 'dissatisfied';
      ratedOn: dayjs.Dayjs;
      note?: string;
    }>
      title="记录代表委员满意度"
      okText="记录"
      mutation={rate as never}
      initialValues={{ ratedOn: dayjs() }}
      submit={(v) =>
        rate.mutate({
          id: item.id,
          version: item.version,
          rating: v.rating,
          ratedOn: iso(v.ratedOn),
          note: v.note ?? '',
        })
      }
      onClose={onClose}
    >
      <Typography.Paragraph type="secondary">
        {item.round === 1
          ? `不满意的，自评价之日起${item.clocks.rehandleMonths}个月内重新办理并答复。`
          : '本件已重新办理，评价后办结。'}
      </Typography.Paragraph>
      <Form.Item name="rating" label="满意度" rules={[{ required: true, message: '请选择' }]}>
        <Radio.Group options={(L.data?.ratings ?? []).map((r) => ({ value: r.id, label: r.label }))} />
      </Form.Item>
      <Form.Item name="ratedOn" label="评价日期" rules={[{ required: true }]}>
        <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="note" label="代表委员意见">
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </ActionModal>
  );
}

export function SuggestionOverviewPage() {
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const sessions = useQuery(trpc.suggestions.sessions.queryOptions());
  const [picked, setPicked] = useState<string | undefined>(params.get('session') ?? undefined);
  const session = picked ?? sessions.data?.[0]?.session;
  const overview = useQuery({
    ...trpc.suggestions.overview.queryOptions({ session: session ?? '' }),
    enabled: !!session,
  });
  const o = overview.data;
  const rate = (r: number | null | undefined) => (r === null || r === undefined ? '—' : `${r}%`);
  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          建议提案办理情况
        </Typography.Title>
        <Select
          style={{ width: 300 }}
          aria-label="会议届次"
          value={session}
          onChange={setPicked}
          options={(sessions.data ?? []).map((s) => ({ value: s.session, label: s.session }))}
        />
        {session && (
          <Button
            icon={<DownloadOutlined />}
            href={`/exports/suggestions.xlsx?session=${encodeURIComponent(session)}`}
          >
            导出办理情况
          </Button>
        )}
        {session && <Link to={`/suggestions?session=${encodeURIComponent(session)}`}>查看台账</Link>}
      </Space>
      {!session && <Result status="info" subTitle="尚未登记建议提案。" />}
      {overview.isPending && session && <Spin />}
      {o && (
        <>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            {(
              [
                ['总件数', o.overall.total],
                ['已交办', o.overall.assigned],
                ['已答复', o.overall.answered],
                ['已办结', o.overall.closed],
                ['重新办理中', o.overall.rehandling],
                ['按时答复率', rate(o.overall.onTimeRate)],
                ['满意率', rate(o.overall.satisfactionRate)],
              ] as const
            ).map(([t, v]) => (
              <Col key={t} flex="1 1 120px">
                <Card size="small">
                  <Statistic title={t} value={v} />
                </Card>
              </Col>
            ))}
          </Row>
          <Typography.Paragraph type="secondary">
            按时答复率：首次答复在答复期限内的件数占已答复及已逾期件数之比；满意率：满意、基本满意占已评价件数之比（以最终评价计，首次不满意{' '}
            {o.overall.firstDissatisfied} 件）。统计至 {o.asOf}。
          </Typography.Paragraph>
          <Row gutter={16}>
            <Col xs={24} xl={16}>
              <Card size="small" title="按主办单位" style={{ marginBottom: 16 }}>
                <Table
                  rowKey="departmentId"
                  size="small"
                  pagination={false}
                  dataSource={o.byUnit}
                  columns={[
                    {
                      title: '主办单位',
                      dataIndex: 'name',
                      render: (n: string, r) => (
                        <Link
                          to={`/suggestions?session=${encodeURIComponent(o.session)}&departmentId=${r.departmentId}`}
                        >
                          {n}
                        </Link>
                      ),
                    },
                    { title: '件数', dataIndex: 'total', width: 70 },
                    { title: '已答复', dataIndex: 'answered', width: 80 },
                    { title: '办结', dataIndex: 'closed', width: 70 },
                    { title: '按时答复率', dataIndex: 'onTimeRate', width: 100, render: rate },
                    { title: '满意', dataIndex: 'satisfied', width: 60 },
                    { title: '基本满意', dataIndex: 'basicallySatisfied', width: 80 },
                    { title: '不满意', dataIndex: 'dissatisfied', width: 70 },
                    { title: '满意率', dataIndex: 'satisfactionRate', width: 80, render: rate },
                  ]}
                />
              </Card>
            </Col>
            <Col xs={24} xl={8}>
              <Card size="small" title="按答复类别" style={{ marginBottom: 16 }}>
                <Table
                  rowKey="category"
                  size="small"
                  pagination={false}
                  dataSource={o.byCategory}
                  columns={[
                    { title: '类别', dataIndex: 'label' },
                    { title: '件数', dataIndex: 'count', width: 70 },
                  ]}
                />
              </Card>
              <Card size="small" title="按来源">
                <Table
                  rowKey="sourceBody"
                  size="small"
                  pagination={false}
                  dataSource={o.byBody}
                  columns={[
                    { title: '类别', dataIndex: 'label' },
                    { title: '件数', dataIndex: 'total', width: 60 },
                    { title: '满意率', dataIndex: 'satisfactionRate', width: 80, render: rate },
                  ]}
                />
              </Card>
            </Col>
          </Row>
        </>
      )}
    </div>
  );
}
