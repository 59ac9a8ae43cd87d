// Applications for disclosure (依申请公开): registered by the office from letters and visits, each with its receipt
// number and a secret code for the applicant's status checks, on its statutory clock.
import { useQuery } from '@tanstack/react-query';
import { tableDate, workingDaysWords } from '@zhengling/web-shell';
import { Alert, Button, DatePicker, Form, Input, Modal, Result, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAction, useOptions } from '../components/common';
import { useTRPC } from '../trpc';

export const APPLICATION_STATE = {
  registered: { label: '办理中', color: 'processing' },
  awaiting_supplement: { label: '待补正', color: 'warning' },
  consulting: { label: '征求第三方意见', color: 'purple' },
  answered: { label: '已答复', color: 'success' },
} as const;

interface NewValues {
  applicantType: 'natural-person';
  applicantName: string;
  contact: string;
  channel: 'letter';
  receivedOn: Dayjs;
  description: string;
  purpose?: string;
}

export function ApplicationsPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const options = useOptions();
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState(false);
  const [receipt, setReceipt] = useState<{ id: string; receiptNumber: string; secretCode: string } | null>(null);
  const list = useQuery(trpc.applications.list.queryOptions({ page, pageSize: 20 }));
  const register = useAction(trpc.applications.register.mutationOptions(), '已登记', (r) => {
    setOpen(false);
    setReceipt({ id: r.application.id, receiptNumber: r.application.receiptNumber, secretCode: r.secretCode });
  });
  const o = options.data;
  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4}>依申请公开</Typography.Title>
        <Space>
          <a href="/exports/applications.xlsx">
            <Button>导出台账</Button>
          </a>
          <Button type="primary" onClick={() => setOpen(true)}>
            登记申请
          </Button>
        </Space>
      </Space>
      <Table
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.rows ?? []}
        pagination={{ current: page, pageSize: 20, total: list.data?.total ?? 0, onChange: setPage }}
        columns={[
          { title: '受理编号', dataIndex: 'receiptNumber', render: (t: string, r) => <Link to={`/applications/${r.id}`}>{t}</Link> },
          { title: '申请人', dataIndex: 'applicantName' },
          { title: '类型', dataIndex: 'applicantType', render: (t: string) => o?.applicantTypes.find((c) => c.id === t)?.label ?? t },
          { title: '收到日期', dataIndex: 'receivedOn', render: (d: string) => tableDate(d) },
          {
            title: '答复期限',
            dataIndex: 'dueDate',
            render: (d: string | null, r) =>
              r.state === 'awaiting_supplement' ? '待补正后重新计算' : d ? `${tableDate(d)}${r.workingDaysLeft != null ? `（${workingDaysWords(r.workingDaysLeft)}）` : ''}` : '—',
          },
          { title: '状态', dataIndex: 'state', render: (s: keyof typeof APPLICATION_STATE) => <Tag color={APPLICATION_STATE[s].color}>{APPLICATION_STATE[s].label}</Tag> },
        ]}
      />
      <Modal open={open} title="登记政府信息公开申请" onCancel={() => setOpen(false)} footer={null} destroyOnHidden width={640}>
        <Form<NewValues>
          layout="vertical"
          initialValues={{ applicantType: 'natural-person', channel: 'letter', receivedOn: dayjs() }}
          onFinish={(v) => register.mutate({ ...v, receivedOn: v.receivedOn.format('YYYY-MM-DD') })}
        >
          <Space wrap>
            <Form.Item name="applicantType" label="申请人类型" rules={[{ required: true }]}>
              <Select style={{ width: 160 }} options={(o?.applicantTypes ?? []).map((c) => ({ value: c.id, label: c.label }))} />
            </Form.Item>
            <Form.Item name="applicantName" label="申请人" rules={[{ required: true, message: '请填写申请人' }]}>
              <Input style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="contact" label="联系方式" rules={[{ required: true, message: '请填写联系方式' }]}>
              <Input style={{ width: 200 }} />
            </Form.Item>
          </Space>
          <Space wrap>
            <Form.Item name="channel" label="申请方式" rules={[{ required: true }]}>
              <Select style={{ width: 160 }} options={Object.entries(o?.channels ?? {}).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
            <Form.Item name="receivedOn" label="收到日期" rules={[{ required: true }]} tooltip="答复期限自收到申请之日起计算（条例第三十一条、第三十三条）">
              <DatePicker />
            </Form.Item>
          </Space>
          <Form.Item name="description" label="所需信息的名称、文号或便于查询的其他特征性描述" rules={[{ required: true, message: '请填写所需信息' }]}>
            <Input.TextArea rows={4} />
          </Form.Item>
          <Form.Item name="purpose" label="用途（可不填）">
            <Input />
          </Form.Item>
          {register.error && <Alert type="error" showIcon title={register.error} style={{ marginBottom: 12 }} />}
          <Button type="primary" htmlType="submit" loading={register.isPending}>
            登记
          </Button>
        </Form>
      </Modal>
      <Modal open={!!receipt} footer={null} onCancel={() => setReceipt(null)} title="已登记">
        {receipt && (
          <Result
            status="success"
            title={`受理编号：${receipt.receiptNumber}`}
            subTitle={
              <>
                查询码：<b data-testid="secret-code">{receipt.secretCode}</b>
                <br />
                查询码只显示这一次，请写入受理回执交给申请人，申请人凭受理编号和查询码查询办理进度。
              </>
            }
            extra={<Button onClick={() => void navigate(`/applications/${receipt.id}`)}>查看申请</Button>}
          />
        )}
      </Modal>
    </div>
  );
}
