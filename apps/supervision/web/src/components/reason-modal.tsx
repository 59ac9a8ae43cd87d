// Asking for the reason of a refusal (a report sent back, a completion returned): the reason is required.
import { Button, Form, Input, Modal } from 'antd';

export function ReasonModal({
  open,
  title,
  label,
  onCancel,
  onSubmit,
}: {
  open: boolean;
  title: string;
  label: string;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}) {
  return (
    <Modal open={open} title={title} onCancel={onCancel} footer={null} destroyOnHidden>
      <Form layout="vertical" onFinish={(v: { reason: string }) => onSubmit(v.reason)}>
        <Form.Item name="reason" label={label} rules={[{ required: true, message: `请写明${label}` }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Button type="primary" danger htmlType="submit">
          退回
        </Button>
      </Form>
    </Modal>
  );
}
