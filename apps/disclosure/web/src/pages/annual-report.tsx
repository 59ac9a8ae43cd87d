// The annual report (政府信息公开工作年度报告, 条例第四十九条、第五十条) in the national layout: the figures the
// registry and the applications hold are counted, the rest entered here with the text sections; what does not add up
// is listed; the report prints as a document and is published through the workflow.
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { BodyView, useAction, useOptions } from '../components/common';
import { useTRPC } from '../trpc';

const REVIEW_KINDS = [
  ['review', '行政复议'],
  ['suit-without-review', '行政诉讼（未经复议）'],
  ['suit-after-review', '行政诉讼（复议后起诉）'],
] as const;
const RESULTS = [
  ['upheld', '结果维持'],
  ['corrected', '结果纠正'],
  ['other', '其他结果'],
  ['pending', '尚未审结'],
] as const;

export function AnnualReportPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const options = useOptions();
  const [year, setYear] = useState(new Date().getFullYear() - 1);
  const [signoffKind, setSignoffKind] = useState<string>('department');
  const [form] = Form.useForm();
  const q = useQuery(trpc.annualReport.get.queryOptions({ year }));
  const save = useAction(trpc.annualReport.save.mutationOptions(), '年度报告已保存');
  const publish = useAction(trpc.annualReport.publish.mutationOptions(), '已生成年度报告草稿，进入发布流程', (item) => void navigate(`/items/${item.id}`));
  useEffect(() => {
    if (!q.data) return;
    const r = q.data.report;
    form.setFieldsValue({
      overview: r.overview,
      problems: r.problems,
      otherMatters: r.otherMatters,
      manualProactive: { rules: r.proactive.rules, licensing: r.proactive.licensing, penalties: r.proactive.penalties, enforcement: r.proactive.enforcement, fees: r.proactive.fees },
      reviewAndLitigation: r.reviewAndLitigation,
    });
  }, [q.data, form]);
  const years = Array.from({ length: 6 }, (_, i) => new Date().getFullYear() - i);
  return (
    <div data-testid="annual-report">
      <Space style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={4}>政府信息公开工作年度报告</Typography.Title>
        <Space>
          <Select aria-label="年度" value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: `${y}年度` }))} />
          <a href={`/annual-report/${year}/print`} target="_blank" rel="noreferrer">
            <Button>打印版</Button>
          </a>
        </Space>
      </Space>
      {q.isPending || !q.data ? (
        <Spin />
      ) : (
        <>
          {q.data.problems.length > 0 ? (
            <Alert type="error" showIcon title="以下数据不能相互印证，须更正后才能发布" description={<ul>{q.data.problems.map((p, i) => <li key={i}>{p.part} {p.message}</li>)}</ul>} />
          ) : (
            <Alert type="success" showIcon title="数据相互印证：各申请人类别“办理结果总计 + 结转下年度 = 本年新收 + 上年结转”。" />
          )}
          {q.data.publishedAt && <Alert style={{ marginTop: 8 }} type="info" title="本年度报告已生成发布稿（数据已固定）；再次修改后可重新生成。" />}
          <Card size="small" title="填报：文字部分与登记簿之外的数据" style={{ marginTop: 16 }}>
            <Form
              form={form}
              layout="vertical"
              onFinish={(v) => save.mutate({ year, version: q.data.version, ...v })}
            >
              <Form.Item name="overview" label="一、总体情况">
                <Input.TextArea rows={4} />
              </Form.Item>
              <Typography.Text strong>二、主动公开（规章、行政许可、行政处罚、行政强制、行政事业性收费；行政规范性文件由登记簿统计）</Typography.Text>
              <Space wrap style={{ marginTop: 8 }}>
                <Form.Item name={['manualProactive', 'rules', 'issued']} label="规章·本年制发"><InputNumber min={0} /></Form.Item>
                <Form.Item name={['manualProactive', 'rules', 'repealed']} label="规章·本年废止"><InputNumber min={0} /></Form.Item>
                <Form.Item name={['manualProactive', 'rules', 'inForce']} label="规章·现行有效"><InputNumber min={0} /></Form.Item>
                <Form.Item name={['manualProactive', 'licensing', 'decisions']} label="行政许可·处理决定"><InputNumber min={0} /></Form.Item>
                <Form.Item name={['manualProactive', 'penalties', 'decisions']} label="行政处罚·处理决定"><InputNumber min={0} /></Form.Item>
                <Form.Item name={['manualProactive', 'enforcement', 'decisions']} label="行政强制·处理决定"><InputNumber min={0} /></Form.Item>
                <Form.Item name={['manualProactive', 'fees', 'amountWanYuan']} label="行政事业性收费（万元）"><InputNumber min={0} step={0.0001} /></Form.Item>
              </Space>
              <Typography.Text strong>四、行政复议、行政诉讼</Typography.Text>
              {REVIEW_KINDS.map(([k, label]) => (
                <Space key={k} wrap style={{ display: 'flex', marginTop: 8 }}>
                  <span style={{ width: 170, display: 'inline-block' }}>{label}</span>
                  {RESULTS.map(([r, rl]) => (
                    <Form.Item key={r} name={['reviewAndLitigation', k, r]} label={rl} style={{ marginBottom: 0 }}>
                      <InputNumber min={0} />
                    </Form.Item>
                  ))}
                </Space>
              ))}
              <Form.Item name="problems" label="五、存在的主要问题及改进情况" style={{ marginTop: 16 }}>
                <Input.TextArea rows={3} />
              </Form.Item>
              <Form.Item name="otherMatters" label="六、其他需要报告的事项">
                <Input.TextArea rows={3} />
              </Form.Item>
              {save.error && <Alert type="error" showIcon title={save.error} style={{ marginBottom: 12 }} />}
              <Space>
                <Button type="primary" htmlType="submit" loading={save.isPending}>
                  保存
                </Button>
                <Select
                  aria-label="签发类别"
                  style={{ width: 260 }}
                  value={signoffKind}
                  onChange={setSignoffKind}
                  options={(options.data?.signoffKinds ?? []).map((k) => ({ value: k.id, label: k.label }))}
                />
                <Button disabled={q.data.version === 0 || q.data.problems.length > 0} onClick={() => publish.mutate({ year, version: q.data.version, signoffKind: signoffKind as 'department' })}>
                  生成发布稿（进入审查签发）
                </Button>
              </Space>
              {publish.error && <Alert type="error" showIcon title={publish.error} style={{ marginTop: 12 }} />}
            </Form>
          </Card>
          <Card size="small" title="预览" style={{ marginTop: 16 }}>
            <div className="zl-doc" data-testid="report-document">
              <div className="zl-doc-title">{q.data.title}</div>
              <BodyView body={q.data.document} />
            </div>
          </Card>
        </>
      )}
    </div>
  );
}
