// The drafting unit writes the interpretation of its policy: as text, as questions and answers, or as an image with
// its alt text. A refusal (another unit, 谁起草、谁解读) stays on the page with its reason and article.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { fileToBase64 } from '@zhengling/web-shell';
import { Alert, Button, Form, Input, Space, Tabs, Upload } from 'antd';
import { useState } from 'react';
import { useTRPC } from '../trpc';
import { useAction } from './common';

type Form = 'text' | 'qa' | 'image';

interface Existing {
  version: number;
  form: Form | null;
  bodyText: string;
  body: { type: string; text?: string }[];
  imageAlt: string | null;
}

/** The questions and answers back from their blocks (问：… heading, 答：… paragraph). */
const pairsOf = (body: Existing['body']) => {
  const pairs: { q: string; a: string }[] = [];
  for (const b of body) {
    if (b.type === 'heading' && b.text?.startsWith('问：')) pairs.push({ q: b.text.slice(2), a: '' });
    else if (b.text?.startsWith('答：') && pairs.length) pairs[pairs.length - 1]!.a = b.text.slice(2);
  }
  return pairs.length ? pairs : [{ q: '', a: '' }];
};

export function InterpretationEditor({ policyId, existing }: { policyId: string; existing?: Existing }) {
  const trpc = useTRPC();
  const [form, setForm] = useState<Form>(existing?.form ?? 'text');
  const [text, setText] = useState(existing?.form === 'text' ? existing.bodyText : '');
  const [pairs, setPairs] = useState(existing?.form === 'qa' ? pairsOf(existing.body) : [{ q: '', a: '' }]);
  const [image, setImage] = useState<{ name: string; base64: string } | null>(null);
  const [alt, setAlt] = useState(existing?.imageAlt ?? '');
  const save = useAction(trpc.items.writeInterpretation.mutationOptions(), '政策解读已保存');
  const content =
    form === 'text'
      ? { form, bodyText: text }
      : form === 'qa'
        ? { form, pairs }
        : { form, image: image?.base64 ?? '', imageAlt: alt };
  return (
    <div data-testid="interpretation-editor">
      <Tabs
        activeKey={form}
        onChange={(k) => setForm(k as Form)}
        items={[
          {
            key: 'text',
            label: '文字解读',
            children: <Input.TextArea aria-label="解读内容" rows={8} value={text} onChange={(e) => setText(e.target.value)} placeholder={'一、出台背景\n……\n二、主要内容\n……'} />,
          },
          {
            key: 'qa',
            label: '问答式解读',
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                {pairs.map((p, i) => (
                  <Space key={i} align="start" style={{ width: '100%' }}>
                    <Input aria-label={`问题${i + 1}`} placeholder="问" value={p.q} style={{ width: 260 }} onChange={(e) => setPairs(pairs.map((x, j) => (j === i ? { ...x, q: e.target.value } : x)))} />
                    <Input.TextArea aria-label={`回答${i + 1}`} placeholder="答" rows={2} value={p.a} style={{ width: 420 }} onChange={(e) => setPairs(pairs.map((x, j) => (j === i ? { ...x, a: e.target.value } : x)))} />
                    {pairs.length > 1 && <MinusCircleOutlined aria-label="删除" onClick={() => setPairs(pairs.filter((_, j) => j !== i))} />}
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => setPairs([...pairs, { q: '', a: '' }])}>
                  增加一问
                </Button>
              </Space>
            ),
          },
          {
            key: 'image',
            label: '图解',
            children: (
              <Form layout="vertical">
                <Form.Item label={`图片（PNG 或 JPEG，不超过 5 MB）${existing?.form === 'image' ? '：不另选则保留原图' : ''}`}>
                  <Upload
                    accept="image/png,image/jpeg"
                    maxCount={1}
                    showUploadList={image ? { showRemoveIcon: true } : false}
                    beforeUpload={async (file) => {
                      setImage({ name: file.name, base64: await fileToBase64(file) });
                      return false;
                    }}
                    onRemove={() => setImage(null)}
                  >
                    <Button>选择图片</Button>
                  </Upload>
                  {image && <div>{image.name}</div>}
                </Form.Item>
                <Form.Item label="文字说明（替代文本：写明图中要点，供读屏软件和检索使用）">
                  <Input.TextArea aria-label="替代文本" rows={3} value={alt} onChange={(e) => setAlt(e.target.value)} />
                </Form.Item>
              </Form>
            ),
          },
        ]}
      />
      {save.error && <Alert type="error" showIcon title={save.error} style={{ margin: '8px 0' }} data-testid="interpretation-error" />}
      <Button type="primary" loading={save.isPending} onClick={() => save.mutate({ policyId, version: existing?.version, content })} style={{ marginTop: 8 }}>
        保存政策解读
      </Button>
    </div>
  );
}
