// Registering an item by hand: a work-report task, a leader's instruction or assigned matter, a meeting decision.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { messageOf } from '@zhengling/web-shell';
import { App, Button, Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { CYCLE, KIND, MEETING, PAGE, SOURCE } from '../labels';
import { useTRPC } from '../trpc';
import { AgendaCheckView, type AgendaAnswer } from './agenda-check';
import { useNames } from './common';

const day = (d: Dayjs) => d.format('YYYY-MM-DD');

export function CreateTaskModal({
  kind,
  workReportId,
  onClose,
}: {
  kind: Exclude<keyof typeof KIND, 'suggestion_commitment'>;
  workReportId?: string;
  onClose: () => void;
}) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const names = useNames();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const create = useMutation(
    trpc.tasks.create.mutationOptions({
      onSuccess: async (t) => {
        void message.success(`已登记：${t.number}`);
        await qc.invalidateQueries();
        onClose();
        navigate(`${PAGE[kind]}/${t.id}`);
      },
      onError: (e) => void message.error(messageOf(e)),
    }),
  );
  const departments = names.departments.map((d) => ({ value: d.id, label: d.name }));
  const matters = useQuery({ ...trpc.meetings.matters.queryOptions(), enabled: kind === 'meeting_decision' });
  const steps = useQuery({ ...trpc.meetings.majorDecisionSteps.queryOptions(), enabled: kind === 'meeting_decision' });
  const [answer, setAnswer] = useState<AgendaAnswer | null>(null);
  const agendaOf = (v: Record<string, unknown>) => ({
    ...(v.matter ? { matter: v.matter as never } : {}),
    ...(v.amountYuan ? { amountYuan: String(v.amountYuan) } : {}),
    signedOpinionDepartmentIds: (v.signedOpinionDepartmentIds as string[] | undefined) ?? [],
    reviewedByLeader: Boolean(v.reviewedByLeader),
    fixedByHead: Boolean(v.fixedByHead),
    consensus: v.consensus !== false,
    disagreementsStated: Boolean(v.disagreementsStated),
    ...(v.preferredOption ? { preferredOption: v.preferredOption as string } : {}),
    ...(v.isMajorDecision
      ? {
          majorDecision: {
            facts: {
              involvesOtherDepartments: ((v.coDepartmentIds as string[] | undefined) ?? []).length > 0,
              specialisedOrTechnical: Boolean(v.specialisedOrTechnical),
              involvesMajorPublicInterest: Boolean(v.involvesMajorPublicInterest),
            },
            done: (v.doneSteps as never[] | undefined) ?? [],
          },
        }
      : {}),
  });
  const check = useMutation({
    mutationFn: async (v: Record<string, unknown>) =>
      qc.fetchQuery(
        trpc.meetings.checkAgenda.queryOptions({
          ...agendaOf(v),
          meetingKind: v.meetingKind as keyof typeof MEETING,
          meetingDate: day(v.meetingDate as Dayjs),
          leadDepartmentId: v.leadDepartmentId as string,
          coDepartmentIds: (v.coDepartmentIds as string[]) ?? [],
        }),
      ),
    onSuccess: (a) => setAnswer(a as unknown as AgendaAnswer),
    onError: (e) => void message.error(messageOf(e)),
  });
  return (
    <Modal open title={`新增${KIND[kind]}`} onCancel={onClose} onOk={() => form.submit()} confirmLoading={create.isPending} width={720}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ reportCycle: kind === 'work_report' ? 'monthly' : 'none', coDepartmentIds: [] }}
        onFinish={(v: Record<string, unknown>) => {
          const common = {
            title: v.title as string,
            measures: (v.measures as string) || undefined,
            leadDepartmentId: v.leadDepartmentId as string,
            coDepartmentIds: (v.coDepartmentIds as string[]) ?? [],
            startDate: day(v.startDate as Dayjs),
            dueDate: v.dueDate ? day(v.dueDate as Dayjs) : '',
            reportCycle: v.reportCycle as 'monthly' | 'quarterly' | 'none',
            milestones: [],
          };
          const { dueDate, ...rest } = common;
          if (kind === 'instruction')
            create.mutate({
              ...rest,
              ...(dueDate ? { dueDate } : {}),
              kind,
              source: v.source as keyof typeof SOURCE,
              instructedBy: v.instructedBy as string,
              instructionText: v.instructionText as string,
            });
          else if (kind === 'work_report')
            create.mutate({ ...common, kind, workReportId: workReportId!, number: v.number as string });
          else
            create.mutate({
              ...common,
              kind,
              meetingName: v.meetingName as string,
              meetingKind: v.meetingKind as keyof typeof MEETING,
              meetingDate: day(v.meetingDate as Dayjs),
              agendaItem: v.agendaItem as string,
              agenda: agendaOf(v),
            });
        }}
      >
        {kind === 'work_report' && (
          <Form.Item name="number" label="任务编号" rules={[{ required: true, message: '请填写任务编号' }]}>
            <Input placeholder="如 3.2" />
          </Form.Item>
        )}
        {kind === 'instruction' && (
          <>
            <Form.Item name="source" label="批示来源" rules={[{ required: true, message: '请选择批示来源' }]}>
              <Select options={Object.entries(SOURCE).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
            <Form.Item name="instructedBy" label="批示领导" rules={[{ required: true, message: '请填写批示领导' }]}>
              <Input />
            </Form.Item>
            <Form.Item name="instructionText" label="批示内容" rules={[{ required: true, message: '请填写批示内容' }]}>
              <Input.TextArea rows={3} />
            </Form.Item>
          </>
        )}
        {kind === 'meeting_decision' && (
          <>
            <Form.Item name="meetingKind" label="会议类型" rules={[{ required: true, message: '请选择会议类型' }]}>
              <Select options={Object.entries(MEETING).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
            <Form.Item name="meetingName" label="会议名称" rules={[{ required: true, message: '请填写会议名称' }]}>
              <Input placeholder="如 区政府第12次常务会议" />
            </Form.Item>
            <Form.Item name="meetingDate" label="会议日期" rules={[{ required: true, message: '请选择会议日期' }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="agendaItem" label="议题" rules={[{ required: true, message: '请填写议题' }]}>
              <Input />
            </Form.Item>
            <Form.Item name="matter" label="事项类别（用于判断决策权限）">
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                options={(matters.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
              />
            </Form.Item>
            <Form.Item name="amountYuan" label="金额（元）" extra="涉及资金的事项按金额确定决策权限">
              <Input inputMode="decimal" placeholder="如 5000000" />
            </Form.Item>
            <Form.Item name="signedOpinionDepartmentIds" label="已由主要负责人签署会签意见的单位">
              <Select mode="multiple" showSearch optionFilterProp="label" options={departments} />
            </Form.Item>
            <Form.Item name="reviewedByLeader" valuePropName="checked" style={{ marginBottom: 4 }}>
              <Checkbox>已经分管区领导协调或审核</Checkbox>
            </Form.Item>
            <Form.Item name="fixedByHead" valuePropName="checked" style={{ marginBottom: 4 }}>
              <Checkbox>已报区长确定</Checkbox>
            </Form.Item>
            <Form.Item name="disagreementsStated" valuePropName="checked">
              <Checkbox>如有分歧，已列明各方理据并提出倾向性意见</Checkbox>
            </Form.Item>
            <Form.Item name="isMajorDecision" valuePropName="checked" style={{ marginBottom: 4 }}>
              <Checkbox>属于重大行政决策</Checkbox>
            </Form.Item>
            <Form.Item noStyle shouldUpdate={(a, b) => a.isMajorDecision !== b.isMajorDecision}>
              {({ getFieldValue }) =>
                getFieldValue('isMajorDecision') && (
                  <>
                    <Form.Item name="specialisedOrTechnical" valuePropName="checked" style={{ marginBottom: 4 }}>
                      <Checkbox>专业性、技术性较强</Checkbox>
                    </Form.Item>
                    <Form.Item name="involvesMajorPublicInterest" valuePropName="checked" style={{ marginBottom: 4 }}>
                      <Checkbox>涉及重大公共利益和公众权益</Checkbox>
                    </Form.Item>
                    <Form.Item name="doneSteps" label="已完成的程序">
                      <Select
                        mode="multiple"
                        options={(steps.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
                      />
                    </Form.Item>
                  </>
                )
              }
            </Form.Item>
            <Button onClick={() => check.mutate(form.getFieldsValue(true) as Record<string, unknown>)} loading={check.isPending}>
              按规则审核议题
            </Button>
            {answer && (
              <div style={{ marginTop: 12, marginBottom: 12 }}>
                <AgendaCheckView answer={answer} />
              </div>
            )}
          </>
        )}
        <Form.Item name="title" label={kind === 'work_report' ? '任务名称' : '事项'} rules={[{ required: true, message: '请填写名称' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="measures" label="具体措施 / 办理要求">
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="leadDepartmentId" label="牵头单位" rules={[{ required: true, message: '请选择牵头单位' }]}>
          <Select showSearch optionFilterProp="label" options={departments} />
        </Form.Item>
        <Form.Item name="coDepartmentIds" label="配合单位">
          <Select mode="multiple" showSearch optionFilterProp="label" options={departments} />
        </Form.Item>
        <Form.Item name="startDate" label="开始日期" rules={[{ required: true, message: '请选择开始日期' }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item
          name="dueDate"
          label={kind === 'instruction' ? '反馈时限' : '完成时限'}
          extra={kind === 'instruction' ? '不填则按“配置”中的默认反馈时限（工作日）计算' : undefined}
          rules={kind === 'instruction' ? [] : [{ required: true, message: '请选择时限' }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item name="reportCycle" label="进度报送周期">
          <Select options={Object.entries(CYCLE).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
