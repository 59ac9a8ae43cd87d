// Drafting or editing an item: its portal metadata, its disclosure attribute (anything but 主动公开 needs a legal
// reason that fits it), who signs it, what it amends, and its text. An edit carries the version it was opened on: if a
// colleague changed the item meanwhile, the server refuses and says who and when.
import { useQuery } from '@tanstack/react-query';
import { useProfile } from '@zhengling/web-shell';
import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, Select, Space, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useAction, useOptions } from '../components/common';
import { useTRPC } from '../trpc';

interface Values {
  kind: 'policy' | 'normative_document' | 'meeting_decision' | 'suggestion_answer' | 'cleanup_result' | 'other';
  title: string;
  docNumber?: string;
  issuer: string;
  draftingDepartmentId: string;
  writtenOn?: Dayjs;
  formedOn: Dayjs;
  category: string;
  attribute: 'proactive' | 'on_application' | 'withheld';
  attributeReason?: string;
  legalBasis: string;
  summary?: string;
  bodyText: string;
  signoffKind: string;
  needsInterpretation: boolean;
  relationKind?: 'amends' | 'replaces' | 'repeals';
  relationItemId?: string;
  note?: string;
}

const day = (d?: Dayjs) => (d ? d.format('YYYY-MM-DD') : undefined);

export function ItemFormPage() {
  const { id } = useParams();
  const trpc = useTRPC();
  const profile = useProfile();
  const navigate = useNavigate();
  const options = useOptions();
  const [form] = Form.useForm<Values>();
  const existing = useQuery({ ...trpc.items.get.queryOptions({ id: id ?? '' }), enabled: !!id });
  const published = useQuery(trpc.items.list.queryOptions({ state: 'published', page: 1, pageSize: 100 }));
  const create = useAction(trpc.items.create.mutationOptions(), '已保存草稿', (item) => void navigate(`/items/${item.id}`));
  const update = useAction(trpc.items.update.mutationOptions(), '已保存', () => void navigate(`/items/${id}`));
  const attribute = Form.useWatch('attribute', form);
  const kind = Form.useWatch('kind', form);
  useEffect(() => {
    const it = existing.data;
    if (!it) return;
    const rel = it.relatedFrom[0];
    form.setFieldsValue({
      kind: it.kind as Values['kind'],
      title: it.title,
      docNumber: it.docNumber ?? undefined,
      issuer: it.issuer,
      draftingDepartmentId: it.draftingDepartmentId,
      writtenOn: it.writtenOn ? dayjs(it.writtenOn) : undefined,
      formedOn: dayjs(it.formedOn),
      category: it.category,
      attribute: it.attribute,
      attributeReason: it.attributeReason ?? undefined,
      legalBasis: it.legalBasis,
      summary: it.summary,
      bodyText: it.bodyText,
      signoffKind: it.signoffKind,
      needsInterpretation: it.needsInterpretation,
      relationKind: rel?.kind,
      relationItemId: rel?.to.id,
    });
  }, [existing.data, form]);
  if ((id && existing.isPending) || options.isPending) return <Spin />;
  const o = options.data!;
  const onFinish = (v: Values) => {
    const fields = {
      kind: v.kind,
      title: v.title,
      docNumber: v.docNumber || undefined,
      issuer: v.issuer,
      draftingDepartmentId: v.draftingDepartmentId,
      writtenOn: day(v.writtenOn),
      formedOn: day(v.formedOn)!,
      category: v.category,
      attribute: v.attribute,
      attributeReason: v.attribute === 'proactive' ? undefined : v.attributeReason,
      legalBasis: v.legalBasis,
      summary: v.summary ?? '',
      bodyText: v.bodyText,
      signoffKind: v.signoffKind as 'department',
      needsInterpretation: v.needsInterpretation,
      relation: v.relationKind && v.relationItemId ? { kind: v.relationKind, itemId: v.relationItemId } : undefined,
    };
    if (id && existing.data) update.mutate({ id, version: existing.data.version, fields, note: v.note });
    else create.mutate(fields);
  };
  const error = create.error ?? update.error;
  const wanted = attribute === 'on_application' ? 'on-application' : 'withheld';
  return (
    <div>
      <Typography.Title level={4}>{id ? '修改草稿' : '新建公开事项'}</Typography.Title>
      <Card size="small">
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={onFinish}
          initialValues={{
            kind: 'policy',
            attribute: 'proactive',
            draftingDepartmentId: profile.user.departmentId,
            formedOn: dayjs(),
            writtenOn: dayjs(),
            signoffKind: 'department',
            needsInterpretation: true,
            category: o.categories[0],
          }}
          onValuesChange={(changed: Partial<Values>) => {
            if (changed.kind) form.setFieldValue('needsInterpretation', changed.kind === 'policy' || changed.kind === 'normative_document');
          }}
        >
          <Space wrap style={{ width: '100%' }} size="large">
            <Form.Item name="kind" label="类别" rules={[{ required: true }]}>
              <Select style={{ width: 200 }} options={o.kinds.map((k) => ({ value: k.id, label: k.label }))} />
            </Form.Item>
            <Form.Item name="category" label="主题分类" rules={[{ required: true }]}>
              <Select style={{ width: 240 }} options={o.categories.map((c) => ({ value: c, label: c }))} />
            </Form.Item>
            <Form.Item name="draftingDepartmentId" label="起草单位" rules={[{ required: true }]}>
              <Select
                style={{ width: 200 }}
                showSearch={{ optionFilterProp: 'label' }}
                disabled={!profile.hasRole('disclosure_editor', 'administrator')}
                options={o.departments.map((d) => ({ value: d.id, label: d.name }))}
              />
            </Form.Item>
          </Space>
          <Form.Item name="title" label="标题" rules={[{ required: true, message: '请填写标题' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Space wrap size="large">
            <Form.Item name="docNumber" label="文号">
              <Input style={{ width: 240 }} placeholder="如 开州府发〔2026〕1号" />
            </Form.Item>
            <Form.Item name="issuer" label="发文机关" rules={[{ required: true, message: '请填写发文机关' }]}>
              <Input style={{ width: 280 }} />
            </Form.Item>
            <Form.Item name="writtenOn" label="成文日期">
              <DatePicker />
            </Form.Item>
            <Form.Item name="formedOn" label="信息形成（变更）日期" tooltip="主动公开时限自此日起算：20个工作日（条例第二十六条）" rules={[{ required: true }]}>
              <DatePicker />
            </Form.Item>
          </Space>
          <Space wrap size="large" align="start">
            <Form.Item name="attribute" label="公开属性" rules={[{ required: true }]}>
              <Select style={{ width: 160 }} options={Object.entries(o.labels.attribute).map(([value, label]) => ({ value, label }))} />
            </Form.Item>
            {attribute && attribute !== 'proactive' && (
              <Form.Item name="attributeReason" label="理由（法定）" rules={[{ required: true, message: '非主动公开须选择法定理由' }]}>
                <Select
                  style={{ width: 460 }}
                  options={o.reasons.filter((r) => r.attribute === wanted).map((r) => ({ value: r.id, label: `${r.label}（条例${r.article}）` }))}
                />
              </Form.Item>
            )}
            <Form.Item name="signoffKind" label="签发类别（决定由谁签发）" rules={[{ required: true }]}>
              <Select style={{ width: 300 }} options={o.signoffKinds.map((k) => ({ value: k.id, label: k.label }))} />
            </Form.Item>
          </Space>
          {(kind === 'policy' || kind === 'normative_document') && (
            <Form.Item name="needsInterpretation" valuePropName="checked">
              <Checkbox>须由起草单位同步起草政策解读（谁起草、谁解读）</Checkbox>
            </Form.Item>
          )}
          <Form.Item name="legalBasis" label="法律依据" rules={[{ required: true, message: '请填写法律依据' }]}>
            <Input />
          </Form.Item>
          <Form.Item name="summary" label="内容概述">
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Space wrap size="large">
            <Form.Item name="relationKind" label="本文件">
              <Select allowClear style={{ width: 120 }} options={[{ value: 'amends', label: '修改' }, { value: 'replaces', label: '替代' }, { value: 'repeals', label: '废止' }]} />
            </Form.Item>
            <Form.Item name="relationItemId" label="已发布的文件">
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                style={{ width: 480 }}
                options={(published.data?.rows ?? []).map((r) => ({ value: r.id, label: `${r.title}${r.docNumber ? `（${r.docNumber}）` : ''}` }))}
              />
            </Form.Item>
          </Space>
          <Form.Item name="bodyText" label="正文" tooltip="“第一章”“一、”开头的行作为标题，空行分段" rules={[{ required: true, message: '请填写正文' }]}>
            <Input.TextArea rows={14} />
          </Form.Item>
          {id && (
            <Form.Item name="note" label="修改说明">
              <Input maxLength={200} />
            </Form.Item>
          )}
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="form-error" />}
          <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending}>
            保存草稿
          </Button>
        </Form>
      </Card>
    </div>
  );
}
