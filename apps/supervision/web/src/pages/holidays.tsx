// The working-day calendar: each year's days off and make-up working days, from the State Council's notice. Working-day
// deadlines are counted on it; a year it does not hold cannot be counted into (the platform never guesses), so next
// year's notice is entered here once published (around November). Storing a year recomputes every open deadline.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { messageOf, proseDate, tableDateTime, useProfile } from '@zhengling/web-shell';
import { Alert, App, Button, Card, DatePicker, Form, Input, InputNumber, Space, Table, Tag, Typography } from 'antd';
import type dayjs from 'dayjs';
import { useTRPC } from '../trpc';

const iso = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');

interface NoticeForm {
  year: number;
  title: string;
  documentNumber?: string;
  publishedOn?: dayjs.Dayjs;
  breaks: { name: string; range: [dayjs.Dayjs, dayjs.Dayjs] }[];
  makeUp?: { date: dayjs.Dayjs; name: string }[];
}

/** Every date of each break, under its name, as the calendar keeps them. */
function holidaysOf(breaks: NoticeForm['breaks']): Record<string, string> {
  const days: Record<string, string> = {};
  for (const b of breaks)
    for (let d = b.range[0].startOf('day'); !d.isAfter(b.range[1], 'day'); d = d.add(1, 'day')) days[iso(d)] = b.name.trim();
  return days;
}

function StoreYear({ suggestedYear }: { suggestedYear: number }) {
  const trpc = useTRPC();
  const qc = useQueryClient();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<NoticeForm>();
  const store = useMutation(
    trpc.deadlines.storeCalendarYear.mutationOptions({
      onSuccess: async (r, input) => {
        void modal.success({
          title: `已录入 ${input.year} 年节假日安排`,
          content: `重新计算了 ${r.recomputed} 个未办结期限，其中 ${r.changed} 个到期日有变化（均记入审计日志）。`,
        });
        form.resetFields();
        await qc.invalidateQueries();
      },
      onError: (e) => void message.error(messageOf(e)),
    }),
  );
  const submit = (v: NoticeForm) =>
    store.mutate({
      year: v.year,
      source: {
        title: v.title.trim(),
        issuer: '国务院办公厅',
        ...(v.documentNumber?.trim() ? { documentNumber: v.documentNumber.trim() } : {}),
        ...(v.publishedOn ? { publishedOn: iso(v.publishedOn) } : {}),
      },
      holidays: holidaysOf(v.breaks),
      makeUpWorkdays: Object.fromEntries((v.makeUp ?? []).map((m) => [iso(m.date), m.name.trim()])),
    });
  return (
    <Card title="录入一年的节假日安排" size="small" style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">
        按国务院办公厅当年《关于××年部分节假日安排的通知》逐项录入放假（含其中的周末）和调休上班日。录入或更正后，所有未办结期限按新日历重新计算。
      </Typography.Paragraph>
      <Form<NoticeForm>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ year: suggestedYear, title: `国务院办公厅关于${suggestedYear}年部分节假日安排的通知`, breaks: [{}], makeUp: [] }}
      >
        <Space wrap align="start">
          <Form.Item name="year" label="年度" rules={[{ required: true, message: '请填写年度' }]}>
            <InputNumber min={2000} max={2100} precision={0} />
          </Form.Item>
          <Form.Item name="title" label="通知标题" rules={[{ required: true, whitespace: true, message: '请填写通知标题' }]}>
            <Input style={{ width: 420 }} />
          </Form.Item>
          <Form.Item name="documentNumber" label="发文字号">
            <Input style={{ width: 220 }} placeholder="国办发明电〔××××〕×号" />
          </Form.Item>
          <Form.Item name="publishedOn" label="发布日期">
            <DatePicker />
          </Form.Item>
        </Space>
        <Typography.Title level={5}>放假</Typography.Title>
        <Form.List name="breaks">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: '请填写节日名称' }]}>
                    <Input placeholder="节日名称，如 春节" aria-label={`第${i + 1}项放假的节日`} style={{ width: 160 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'range']} rules={[{ required: true, message: '请选择放假起止日期' }]}>
                    <DatePicker.RangePicker aria-label={`第${i + 1}项放假的起止日期`} />
                  </Form.Item>
                  <Button onClick={() => remove(f.name)} disabled={fields.length === 1}>
                    删除
                  </Button>
                </Space>
              ))}
              <Form.Item>
                <Button onClick={() => add()}>增加一项放假</Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Typography.Title level={5}>调休上班</Typography.Title>
        <Form.List name="makeUp">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'date']} rules={[{ required: true, message: '请选择日期' }]}>
                    <DatePicker aria-label={`第${i + 1}个调休上班日`} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: '请填写所补的节日' }]}>
                    <Input placeholder="所补的节日，如 春节" aria-label={`第${i + 1}个调休上班日所补的节日`} style={{ width: 200 }} />
                  </Form.Item>
                  <Button onClick={() => remove(f.name)}>删除</Button>
                </Space>
              ))}
              <Form.Item>
                <Button onClick={() => add()}>增加一个调休上班日</Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={store.isPending}>
          录入并重新计算期限
        </Button>
      </Form>
    </Card>
  );
}

export function HolidaysPage() {
  const trpc = useTRPC();
  const profile = useProfile();
  const list = useQuery(trpc.deadlines.calendarYears.queryOptions());
  const next = list.data?.nextYear;
  const suggested = next && !next.covered ? next.year : Math.max(0, ...(list.data?.years ?? []).map((y) => y.year)) + 1;
  return (
    <div>
      <Typography.Title level={4}>节假日安排</Typography.Title>
      <Typography.Paragraph type="secondary">
        以工作日计算的期限按此日历计算：周一至周五为工作日，法定节假日放假不计，调休上班的周末计入。日历中没有的年份无法计算，系统不作推测。
      </Typography.Paragraph>
      {next && !next.covered && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message={`尚未录入 ${next.year} 年节假日安排`}
          description={`到期日落在 ${next.year} 年的期限（例如年底交办、20个工作日内办结的事项）将无法计算，系统会拒绝并提示。国务院办公厅通知发布后，请管理员在本页录入。`}
        />
      )}
      <Table
        rowKey="year"
        loading={list.isPending}
        dataSource={list.data?.years ?? []}
        pagination={false}
        columns={[
          { title: '年度', dataIndex: 'year', width: 80 },
          {
            title: '依据',
            width: 340,
            render: (_: unknown, r) => (
              <Space direction="vertical" size={0}>
                <span>
                  {r.source.title}
                  {r.source.documentNumber ? `（${r.source.documentNumber}）` : ''}
                </span>
                <Typography.Text type="secondary">
                  {r.stored ? `${r.stored.by} 于 ${tableDateTime(r.stored.at)} 录入` : '系统内置（chinese-days 数据，已核对）'}
                  {r.source.publishedOn ? `；通知发布于 ${proseDate(r.source.publishedOn)}` : ''}
                </Typography.Text>
              </Space>
            ),
          },
          {
            title: '放假',
            render: (_: unknown, r) => (
              <Space wrap size={[4, 4]}>
                {r.breaks.map((b) => (
                  <Tag key={b.from}>
                    {b.name} {b.from.slice(5)}{b.days > 1 ? ` 至 ${b.to.slice(5)}` : ''}（{b.days}天）
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: '调休上班',
            width: 220,
            render: (_: unknown, r) =>
              r.makeUpWorkdays.length === 0 ? '无' : r.makeUpWorkdays.map((m) => `${m.date.slice(5)}（${m.name}）`).join('、'),
          },
        ]}
      />
      {profile.hasRole('administrator') && next && (
        // the year after the last one held (next year's, while it is missing); a new form once that one is stored
        <StoreYear key={suggested} suggestedYear={suggested} />
      )}
    </div>
  );
}
