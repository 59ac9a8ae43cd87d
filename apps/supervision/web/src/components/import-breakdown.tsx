// Importing a task breakdown: choose the .xlsx, watch the progress bar, and either see what was created and updated
// or every bad row with its row, column and reason (then nothing was imported).
import { InboxOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fileToBase64, messageOf } from '@zhengling/web-shell';
import { Alert, Modal, Progress, Result, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTRPC } from '../trpc';

export function ImportModal({ workReportId, onClose }: { workReportId: string; onClose: () => void }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const [importId] = useState(() => crypto.randomUUID());
  const [error, setError] = useState<string | null>(null);
  const run = useMutation(
    trpc.tasks.import.mutationOptions({
      onSuccess: () => qc.invalidateQueries(),
      onError: (e) => setError(messageOf(e)),
    }),
  );
  const progress = useQuery({
    ...trpc.tasks.importProgress.queryOptions({ importId }),
    enabled: run.isPending,
    refetchInterval: 300,
  });
  const pct = progress.data ? Math.floor((progress.data.done * 100) / Math.max(1, progress.data.total)) : 0;
  const result = run.data;
  return (
    <Modal open title="导入任务分解表" onCancel={onClose} footer={null} width={760} maskClosable={!run.isPending}>
      {!run.isPending && !result && (
        <>
          <Typography.Paragraph type="secondary">
            表头为：任务编号、上级任务编号、任务名称、具体措施、牵头单位、配合单位、开始日期、完成时限、报送周期、节点安排。
            单位名称按单位名录填写；日期写作 2026-03-31；节点写作“2026-03-31 节点内容”，多个以“；”分隔。
            已有编号的行会更新该任务（导出的台账可直接修改后导入）。任何一行有误，整表不导入。
          </Typography.Paragraph>
          <Upload.Dragger
            accept=".xlsx"
            maxCount={1}
            showUploadList={false}
            beforeUpload={async (file) => {
              setError(null);
              if (file.size > 8 * 1024 * 1024) {
                setError('文件超过 8 MB，请拆分后导入。');
                return false;
              }
              run.mutate({ workReportId, importId, file: await fileToBase64(file) });
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>点击或拖入 .xlsx 文件</p>
          </Upload.Dragger>
        </>
      )}
      {run.isPending && (
        <div style={{ padding: 24 }}>
          <Progress percent={pct} status="active" />
          <Typography.Text type="secondary">
            正在导入{progress.data ? `：${progress.data.done} / ${progress.data.total} 行` : '…'}
          </Typography.Text>
        </div>
      )}
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
      {result && result.problems.length === 0 && (
        <Result status="success" title="导入完成" subTitle={`新增 ${result.created} 项，更新 ${result.updated} 项。`} />
      )}
      {result && result.problems.length > 0 && (
        <>
          <Alert
            type="error"
            showIcon
            message={`有 ${result.problems.length} 处错误，整表未导入。请修改后重新导入。`}
            style={{ marginBottom: 12 }}
          />
          <Table
            size="small"
            rowKey={(r) => `${r.row}-${r.column}-${r.reason}`}
            dataSource={result.problems}
            pagination={{ pageSize: 10 }}
            columns={[
              { title: '行', dataIndex: 'row', width: 60 },
              { title: '列', dataIndex: 'column', width: 120 },
              { title: '原因', dataIndex: 'reason' },
            ]}
          />
        </>
      )}
    </Modal>
  );
}
