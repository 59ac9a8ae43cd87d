// Cleanups of normative documents (清理): every cleanup with its counts; one cleanup at a glance — its due date and
// where that comes from, each drafting unit's progress against its deadline, each document with the outcome its unit
// proposes, the justice bureau's review and the article (or the rulebook's silence) the outcome rests on — and the
// steps that follow: the meeting's approval (only a meeting the rules name) and the result list sent for publication.
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { codeOf, messageOf, NotFound, tableDate, useProfile } from '@zhengling/web-shell';
import { Alert, App, Button, Card, Checkbox, DatePicker, Descriptions, Form, Input, Modal, Progress, Radio, Result, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useNames } from '../components/common';
import { type Outputs, useTRPC } from '../trpc';

type Cleanup = Outputs['cleanups']['get'];
type Item = Cleanup['items'][number];
type Outcome = NonNullable<Outputs['cleanups']['labels']>['outcomes'][number]['id'];
const cite = (c: { instrument: string; location: string }) => `${c.instrument} ${c.location}`;
const day = (d: string | Date | null | undefined) => (d ? tableDate(d) : '—');

const CLEANUP_STATE = { open: ['进行中', 'processing'], approved: ['已审定', 'success'], sent: ['已报送公开', 'success'] } as const;
const ITEM_STATE = {
  assigned: ['待提出意见', 'default'],
  returned: ['退回修改', 'warning'],
  proposed: ['待司法局审查', 'processing'],
  reviewed: ['审查同意', 'success'],
  applied: ['已审定', 'success'],
} as const;
const DISCLOSURE_STATE: Record<string, string> = { draft: '待提交', in_review: '保密审查中', awaiting_signoff: '待签发', published: '已发布', withheld: '不予公开' };

function useOutcomes() {
  const trpc = useTRPC();
  const { data } = useQuery({ ...trpc.cleanups.labels.queryOptions(), staleTime: Infinity });
  const outcomes = data?.outcomes ?? [];
  return { options: outcomes.map((o) => ({ value: o.id, label: o.label })), label: (o: string | null) => outcomes.find((x) => x.id === o)?.label ?? '—' };
}

function useDone(onDone?: () => void) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  return async () => {
    void message.success('已办理');
    await qc.invalidateQueries();
    onDone?.();
  };
}

export function CleanupListPage() {
  const trpc = useTRPC();
  const profile = useProfile();
  const list = useQuery(trpc.cleanups.list.queryOptions());
  const O = useOutcomes();
  const [opening, setOpening] = useState(false);
  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          规范性文件清理
        </Typography.Title>
        {profile.hasRole('supervision_office', 'administrator') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
            开展清理
          </Button>
        )}
      </Space>
      <Table
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data ?? []}
        locale={{ emptyText: '尚未开展清理。' }}
        pagination={false}
        columns={[
          { title: '名称', dataIndex: 'title', render: (t: string, r) => <Link to={`/cleanups/${r.id}`}>{t}</Link> },
          { title: '开展日期', dataIndex: 'openedOn', width: 110, render: day },
          { title: '单位报送期限', dataIndex: 'unitsDueOn', width: 120, render: day },
          { title: '文件', dataIndex: 'documents', width: 70 },
          { title: '已审查', width: 150, render: (_: unknown, r) => <Progress size="small" percent={Math.round((100 * r.reviewed) / Math.max(1, r.documents))} format={() => `${r.reviewed}/${r.documents}`} /> },
          {
            title: '结果',
            width: 240,
            render: (_: unknown, r) =>
              Object.entries(r.outcomes)
                .filter(([, n]) => n > 0)
                .map(([o, n]) => `${O.label(o)} ${n}`)
                .join('，') || '—',
          },
          { title: '状态', dataIndex: 'state', width: 110, render: (s: keyof typeof CLEANUP_STATE) => <Tag color={CLEANUP_STATE[s][1]}>{CLEANUP_STATE[s][0]}</Tag> },
        ]}
      />
      {opening && <OpenModal onClose={() => setOpening(false)} />}
    </div>
  );
}

function OpenModal({ onClose }: { onClose: () => void }) {
  const trpc = useTRPC();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const anchor = Form.useWatch('lastCleanupOn', form) as dayjs.Dayjs | undefined;
  const due = useQuery({ ...trpc.cleanups.due.queryOptions({ lastCleanupOn: anchor?.format('YYYY-MM-DD') ?? '' }), enabled: !!anchor });
  const inForce = useQuery(trpc.normative.list.queryOptions({ validity: 'in_force' }));
  const [all, setAll] = useState(true);
  const done = useDone(onClose);
  const open = useMutation(trpc.cleanups.open.mutationOptions({ onSuccess: done, onError: (e) => setError(messageOf(e)) }));
  return (
    <Modal open width={640} title="开展规范性文件清理" okText="开展" cancelText="取消" onCancel={onClose} confirmLoading={open.isPending} onOk={() => form.submit()}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ title: `${dayjs().year()}年度规范性文件清理` }}
        onFinish={(v: { title: string; lastCleanupOn: dayjs.Dayjs; unitsDueOn: dayjs.Dayjs; documentIds?: string[] }) =>
          open.mutate({ title: v.title, lastCleanupOn: v.lastCleanupOn.format('YYYY-MM-DD'), unitsDueOn: v.unitsDueOn.format('YYYY-MM-DD'), ...(all ? {} : { documentIds: v.documentIds }) })
        }
      >
        <Form.Item name="title" label="名称" rules={[{ required: true, min: 4, message: '请填写清理名称' }]}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="lastCleanupOn" label="上次清理日期" rules={[{ required: true, message: '请选择上次清理日期' }]} extra={due.data ? `本次清理应于 ${due.data.dueOn} 前完成。依据：${due.data.basis}` : '清理周期由此起算。'}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="unitsDueOn" label="各起草单位报送清理意见期限" rules={[{ required: true, message: '请选择报送期限' }]} extra="到期前提醒，逾期后按督办规则逐级提醒单位负责人和督查办。">
          <DatePicker disabledDate={(d) => !d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item label="清理范围">
          <Checkbox checked={all} onChange={(e) => setAll(e.target.checked)}>
            全部有效的规范性文件（{inForce.data?.length ?? '…'}件）
          </Checkbox>
        </Form.Item>
        {!all && (
          <Form.Item name="documentIds" label="专项清理的文件" rules={[{ required: true, message: '请选择文件' }]}>
            <Select mode="multiple" optionFilterProp="label" options={(inForce.data ?? []).map((d) => ({ value: d.id, label: `${d.title}（${d.docNumber ?? ''}）` }))} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

export function CleanupDetailPage() {
  const { id = '' } = useParams();
  const trpc = useTRPC();
  const names = useNames();
  const profile = useProfile();
  const O = useOutcomes();
  const cleanup = useQuery(trpc.cleanups.get.queryOptions({ id }));
  const [proposing, setProposing] = useState<Item | null>(null);
  const [reviewing, setReviewing] = useState<Item | null>(null);
  const [approving, setApproving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const done = useDone(() => setError(null));
  const send = useMutation(trpc.cleanups.sendToDisclosure.mutationOptions({ onSuccess: done, onError: (e) => setError(messageOf(e)) }));
  if (cleanup.isPending) return <Spin />;
  if (cleanup.error) return codeOf(cleanup.error) === 'NOT_FOUND' ? <NotFound /> : <Result status="error" subTitle={messageOf(cleanup.error)} />;
  const c = cleanup.data;
  const office = profile.hasRole('supervision_office', 'administrator');
  const justice = profile.hasRole('legal_reviewer');
  const mayPropose = (i: Item) => c.state === 'open' && (i.state === 'assigned' || i.state === 'returned') && (office || i.departmentId === profile.user.departmentId);
  return (
    <div>
      <Typography.Title level={4}>{c.title}</Typography.Title>
      {error && <Alert type="error" showIcon closable onClose={() => setError(null)} message="未能办理" description={error} style={{ marginBottom: 12 }} />}
      <Descriptions bordered size="small" column={2} style={{ marginBottom: 16 }}>
        <Descriptions.Item label="状态">
          <Tag color={CLEANUP_STATE[c.state as keyof typeof CLEANUP_STATE][1]}>{CLEANUP_STATE[c.state as keyof typeof CLEANUP_STATE][0]}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label="开展日期">{day(c.openedOn)}</Descriptions.Item>
        <Descriptions.Item label="应完成日期">{day(c.dueOn)}</Descriptions.Item>
        <Descriptions.Item label="各单位报送期限">{day(c.unitsDueOn)}</Descriptions.Item>
        <Descriptions.Item label="清理依据" span={2}>
          <span className="rule-citation">{c.dueBasis}</span>
        </Descriptions.Item>
        <Descriptions.Item label="审定会议" span={2}>
          {c.meetingName ? `${c.meetingName}（${day(c.meetingOn)}）` : `待${c.approval.meetings.map((m) => m.label).join('或')}审定`}
          <span className="rule-citation">（{c.approval.citations.map(cite).join('；')}；解读 {c.approval.interpretations.join('、')}）</span>
        </Descriptions.Item>
        {c.disclosureItemId && (
          <Descriptions.Item label="政务公开" span={2}>
            清理结果已报送{c.disclosure ? `：${DISCLOSURE_STATE[c.disclosure.state] ?? c.disclosure.state}${c.disclosure.indexNumber ? `，索引号 ${c.disclosure.indexNumber}` : ''}` : '（政务公开系统暂时无法查询办理情况）'}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Space style={{ marginBottom: 16 }}>
        {office && c.state === 'open' && (
          <Button type="primary" onClick={() => setApproving(true)}>
            登记会议审定
          </Button>
        )}
        {office && c.state === 'approved' && (
          <Button type="primary" loading={send.isPending} onClick={() => send.mutate({ id: c.id })}>
            报送政务公开
          </Button>
        )}
      </Space>
      <Card title="各单位进度" size="small" style={{ marginBottom: 16 }}>
        <Table
          rowKey="departmentId"
          size="small"
          pagination={false}
          dataSource={c.units}
          columns={[
            { title: '起草单位', dataIndex: 'departmentId', render: (d: string) => names.department(d) },
            { title: '文件', dataIndex: 'documents', width: 70 },
            { title: '已提出意见', dataIndex: 'proposed', width: 100 },
            { title: '审查同意', dataIndex: 'reviewed', width: 90 },
            { title: '退回', dataIndex: 'returned', width: 70 },
            { title: '报送期限', width: 110, render: (_: unknown, u) => day(u.deadline?.dueDate) },
            {
              title: '状态',
              width: 120,
              render: (_: unknown, u) =>
                u.submittedAt ? <Tag color="success">已报送</Tag> : u.deadline?.overdue ? <Tag color="error">逾期未报</Tag> : <Tag color="processing">办理中</Tag>,
            },
          ]}
        />
      </Card>
      <Card title="清理文件" size="small">
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: 1400 }}
          dataSource={c.items}
          columns={[
            { title: '文件', width: 260, render: (_: unknown, i) => <Link to={`/normative/${i.document.id}`}>{i.document.title}</Link> },
            { title: '文号', width: 160, render: (_: unknown, i) => i.document.docNumber ?? '—' },
            { title: '起草单位', dataIndex: 'departmentId', width: 130, render: (d: string) => names.department(d) },
            { title: '清理意见', width: 200, render: (_: unknown, i) => (i.outcome ? <span><Tag color={i.outcome === 'continue' ? 'success' : i.outcome === 'amend' ? 'blue' : 'error'}>{O.label(i.outcome)}</Tag>{i.reasons}</span> : '—') },
            { title: '司法局审查', width: 200, render: (_: unknown, i) => (i.reviewedByName ? `${i.reviewOpinion}${i.groundFound ? '（发现应予纠正或撤销的情形）' : ''}` : '—') },
            { title: '依据', width: 220, render: (_: unknown, i) => <Basis basis={i.basis} /> },
            { title: '办理', dataIndex: 'state', width: 110, render: (s: keyof typeof ITEM_STATE) => <Tag color={ITEM_STATE[s][1]}>{ITEM_STATE[s][0]}</Tag> },
            {
              title: '操作',
              width: 110,
              render: (_: unknown, i) =>
                mayPropose(i) ? (
                  <Button size="small" onClick={() => setProposing(i)}>
                    提出意见
                  </Button>
                ) : justice && c.state === 'open' && i.state === 'proposed' ? (
                  <Button size="small" type="primary" onClick={() => setReviewing(i)}>
                    审查
                  </Button>
                ) : null,
            },
          ]}
        />
      </Card>
      {proposing && <ProposeModal item={proposing} onClose={() => setProposing(null)} />}
      {reviewing && <ReviewModal item={reviewing} outcome={O.label(reviewing.outcome)} onClose={() => setReviewing(null)} />}
      {approving && <ApproveModal cleanup={c} onClose={() => setApproving(false)} />}
    </div>
  );
}

function Basis({ basis }: { basis: unknown }) {
  const b = basis as { citations?: { instrument: string; location: string }[]; silent?: { message: string } };
  if (b.silent)
    return (
      <span>
        <Tag>规则未规定</Tag>
        {b.silent.message}，依清理工作的外部规定办理
      </span>
    );
  if (b.citations?.length) return <span className="rule-citation">{b.citations.map(cite).join('；')}</span>;
  return <>—</>;
}

function ProposeModal({ item, onClose }: { item: Item; onClose: () => void }) {
  const trpc = useTRPC();
  const O = useOutcomes();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const done = useDone(onClose);
  const propose = useMutation(trpc.cleanups.propose.mutationOptions({ onSuccess: done, onError: (e) => setError(messageOf(e)) }));
  return (
    <Modal open title={`清理意见：${item.document.title}`} okText="提出" cancelText="取消" onCancel={onClose} confirmLoading={propose.isPending} onOk={() => form.submit()}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      {item.state === 'returned' && <Alert type="warning" showIcon message={`区司法局退回：${item.reviewOpinion}`} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" initialValues={{ outcome: item.outcome ?? undefined, reasons: item.reasons }} onFinish={(v: { outcome: Outcome; reasons: string }) => propose.mutate({ itemId: item.id, version: item.version, ...v })}>
        <Form.Item name="outcome" label="清理结果" rules={[{ required: true, message: '请选择' }]}>
          <Radio.Group options={O.options} />
        </Form.Item>
        <Form.Item name="reasons" label="理由" rules={[{ required: true, min: 2, message: '请写明理由' }]}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ReviewModal({ item, outcome, onClose }: { item: Item; outcome: string; onClose: () => void }) {
  const trpc = useTRPC();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const done = useDone(onClose);
  const review = useMutation(trpc.cleanups.review.mutationOptions({ onSuccess: done, onError: (e) => setError(messageOf(e)) }));
  return (
    <Modal open title={`审查清理意见：${item.document.title}`} okText="提交审查意见" cancelText="取消" onCancel={onClose} confirmLoading={review.isPending} onOk={() => form.submit()}>
      {error && <Alert type="error" showIcon message="不能按此意见审定" description={error} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph>
        起草单位意见：<Tag>{outcome}</Tag>
        {item.reasons}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ agrees: true, groundFound: false, opinion: '' }} onFinish={(v: { agrees: boolean; groundFound: boolean; opinion: string }) => review.mutate({ itemId: item.id, version: item.version, ...v })}>
        <Form.Item name="agrees" label="审查结论">
          <Radio.Group options={[{ value: true, label: '同意' }, { value: false, label: '退回起草单位' }]} />
        </Form.Item>
        <Form.Item name="groundFound" valuePropName="checked">
          <Checkbox>发现与上位法抵触、超越权限、违反程序或者规定不适当的情形</Checkbox>
        </Form.Item>
        <Form.Item name="opinion" label="审查意见">
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ApproveModal({ cleanup, onClose }: { cleanup: Cleanup; onClose: () => void }) {
  const trpc = useTRPC();
  const [form] = Form.useForm();
  const [error, setError] = useState<string | null>(null);
  const done = useDone(onClose);
  const approve = useMutation(trpc.cleanups.approve.mutationOptions({ onSuccess: done, onError: (e) => setError(messageOf(e)) }));
  return (
    <Modal open title="登记会议审定" okText="登记" cancelText="取消" onCancel={onClose} confirmLoading={approve.isPending} onOk={() => form.submit()}>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} />}
      <Typography.Paragraph type="secondary">
        清理结果由审议规范性文件的会议审定：{cleanup.approval.citations.map(cite).join('；')}。
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ meeting: cleanup.approval.meetings[0]?.id, meetingOn: dayjs() }}
        onFinish={(v: { meeting: string; meetingName?: string; meetingOn: dayjs.Dayjs }) =>
          approve.mutate({ id: cleanup.id, version: cleanup.version, meeting: v.meeting, meetingName: v.meetingName ?? '', meetingOn: v.meetingOn.format('YYYY-MM-DD') })
        }
      >
        <Form.Item name="meeting" label="会议" rules={[{ required: true }]}>
          <Select options={cleanup.approval.meetings.map((m) => ({ value: m.id, label: m.label }))} />
        </Form.Item>
        <Form.Item name="meetingName" label="会议名称">
          <Input maxLength={100} placeholder="如：区政府第12次常务会议" />
        </Form.Item>
        <Form.Item name="meetingOn" label="会议日期" rules={[{ required: true }]}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
