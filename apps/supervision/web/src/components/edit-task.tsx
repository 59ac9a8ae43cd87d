// The office edits an item's breakdown by hand: name, measures, departments, dates, report cycle, milestones. A moved
// due date moves its deadline (and reminders) with it; every change is in the item's timeline.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { messageOf } from '@zhengling/web-shell';
import { App, Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { CYCLE } from '../labels';
import { useTRPC } from '../trpc';
import { useNames } from './common';

interface Editable {
  id: string;
  title: string;
  measures: string | null;
  leadDepartmentId: string;
  coDepartmentIds: string[];
  startDate: string | Date;
  dueDate: string | Date;
  reportCycle: keyof typeof CYCLE;
  milestones: { title: string; dueDate: string | Date }[];
}

const day = (d: Dayjs) => d.format('YYYY-MM-DD');
const toDay = (d: string | Date) => dayjs(typeof d === 'string' ? d.slice(0, 10) : d.toISOString().slice(0, 10));

export function EditTaskModal({ task, onClose }: { task: Editable; onClose: () => void }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const names = useNames();
  const { message } = App.useApp();
  const [form] = Form.useForm();
  const update = useMutation(
    trpc.tasks.update.mutationOptions({
      onSuccess: async () => {
        void message.success('已保存');
        await qc.invalidateQueries();
        onClose();
      },
      onError: (e) => void message.error(messageOf(e)),
    }),
  );
  const departments = names.departments.map((d) => ({ value: d.id, label: d.name }));
  return (
    <Modal open title="编辑事项" width={720} onCancel={onClose} onOk={() => form.submit()} confirmLoading={update.isPending}>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          ...task,
          measures: task.measures ?? '',
          startDate: toDay(task.startDate),
          dueDate: toDay(task.dueDate),
          milestones: task.milestones.map((m) => ({ title: m.title, dueDate: toDay(m.dueDate) })),
        }}
        onFinish={(v: Omit<Editable, 'id' | 'startDate' | 'dueDate' | 'milestones'> & {
          startDate: Dayjs;
          dueDate: Dayjs;
          milestones?: { title: string; dueDate: Dayjs }[];
        }) =>
          update.mutate({
            id: task.id,
            title: v.title,
            measures: v.measures || undefined,
            leadDepartmentId: v.leadDepartmentId,
            coDepartmentIds: v.coDepartmentIds ?? [],
            startDate: day(v.startDate),
            dueDate: day(v.dueDate),
            reportCycle: v.reportCycle,
            milestones: (v.milestones ?? []).map((m) => ({ title: m.title, dueDate: day(m.dueDate) })),
          })
        }
      >
        <Form.Item name="title" label="名称" rules={[{ required: true, message: '请填写名称' }]}>
          <Input />
        </Form.Item>
        <Form.Item name="measures" label="具体措施">
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="leadDepartmentId" label="牵头单位" rules={[{ required: true, message: '请选择牵头单位' }]}>
          <Select showSearch optionFilterProp="label" options={departments} />
        </Form.Item>
        <Form.Item name="coDepartmentIds" label="配合单位">
          <Select mode="multiple" showSearch optionFilterProp="label" options={departments} />
        </Form.Item>
        <Space>
          <Form.Item name="startDate" label="开始日期" rules={[{ required: true, message: '请选择' }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="dueDate" label="完成时限" rules={[{ required: true, message: '请选择' }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="reportCycle" label="报送周期">
            <Select style={{ width: 120 }} options={Object.entries(CYCLE).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
        </Space>
        <Form.List name="milestones">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline">
                  <Form.Item name={[f.name, 'dueDate']} rules={[{ required: true, message: '日期' }]}>
                    <DatePicker />
                  </Form.Item>
                  <Form.Item name={[f.name, 'title']} rules={[{ required: true, message: '节点内容' }]}>
                    <Input placeholder="节点内容" style={{ width: 320 }} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} aria-label="删除节点" />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                添加节点
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
