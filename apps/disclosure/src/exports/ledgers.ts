// The ledgers (台账) as Excel: the registry of items the user may see (with the list's filter), and the applications
// ledger of the disclosure office with each application's clock and outcome.
import { chinaDate } from '@zhengling/core';
import type { Db } from '@zhengling/db';
import { APPLICANT_COLUMNS } from '../annual-report/layout';
import { CHANNELS, listApplications, outcomeLabel } from '../applications/applications';
import type { StaffUser } from '../items/access';
import { ATTRIBUTE_ZH, KIND_ZH, STATE_ZH, VALIDITY_ZH } from '../items/labels';
import { type ItemFilter, listItems } from '../items/queries';

const STATE_OF_APPLICATION = { registered: '办理中', awaiting_supplement: '待补正', consulting: '征求第三方意见', answered: '已答复' } as const;
const ALL = 100_000;

// exceljs is loaded when a ledger is first asked for: the public server does not carry it in memory otherwise
async function workbook(name: string, columns: { key: string; header: string; width: number }[]) {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhengling 政令';
  const sheet = wb.addWorksheet(name);
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return { wb, sheet };
}

export async function exportItems(db: Db, user: StaffUser, filter: Omit<ItemFilter, 'page' | 'pageSize'>) {
  const { rows } = await listItems(db, user, { ...filter, page: 1, pageSize: ALL });
  const { wb, sheet } = await workbook('公开事项台账', [
    { key: 'indexNumber', header: '索引号', width: 30 },
    { key: 'title', header: '标题', width: 48 },
    { key: 'docNumber', header: '文号', width: 24 },
    { key: 'kind', header: '类别', width: 16 },
    { key: 'department', header: '起草单位', width: 18 },
    { key: 'category', header: '主题分类', width: 18 },
    { key: 'attribute', header: '公开属性', width: 12 },
    { key: 'state', header: '状态', width: 12 },
    { key: 'validity', header: '有效性', width: 10 },
    { key: 'publishedAt', header: '发布日期', width: 12 },
  ]);
  for (const r of rows)
    sheet.addRow({
      indexNumber: r.indexNumber ?? '',
      title: r.title,
      docNumber: r.docNumber ?? '',
      kind: KIND_ZH[r.kind],
      department: r.draftingDepartment,
      category: r.category,
      attribute: ATTRIBUTE_ZH[r.attribute],
      state: STATE_ZH[r.state],
      validity: r.state === 'published' ? VALIDITY_ZH[r.validity] : '',
      publishedAt: r.publishedAt ? chinaDate(r.publishedAt) : '',
    });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function exportApplications(db: Db, user: StaffUser, now: Date) {
  const { rows } = await listApplications(db, user, { page: 1, pageSize: ALL }, now);
  const { wb, sheet } = await workbook('依申请公开台账', [
    { key: 'receiptNumber', header: '受理编号', width: 26 },
    { key: 'applicant', header: '申请人', width: 18 },
    { key: 'type', header: '申请人类型', width: 14 },
    { key: 'channel', header: '申请方式', width: 10 },
    { key: 'receivedOn', header: '收到日期', width: 12 },
    { key: 'description', header: '所需信息', width: 48 },
    { key: 'supplement', header: '补正', width: 24 },
    { key: 'extension', header: '延期', width: 16 },
    { key: 'dueDate', header: '答复期限', width: 12 },
    { key: 'state', header: '状态', width: 14 },
    { key: 'outcome', header: '办理结果', width: 30 },
    { key: 'answeredOn', header: '答复日期', width: 12 },
  ]);
  for (const a of rows) {
    const extension = a.extension as { length: number } | null;
    sheet.addRow({
      receiptNumber: a.receiptNumber,
      applicant: a.applicantName,
      type: APPLICANT_COLUMNS.find((c) => c.id === a.applicantType)?.label ?? a.applicantType,
      channel: CHANNELS[a.channel as keyof typeof CHANNELS] ?? a.channel,
      receivedOn: chinaDate(a.receivedOn),
      description: a.description,
      supplement: a.supplementRequestedOn
        ? `${chinaDate(a.supplementRequestedOn)}告知${a.supplementReceivedOn ? `，${chinaDate(a.supplementReceivedOn)}补正` : ''}`
        : '',
      extension: extension ? `延长${extension.length}个工作日` : '',
      dueDate: a.dueDate ?? '',
      state: STATE_OF_APPLICATION[a.state],
      outcome: a.outcome ? outcomeLabel(a.outcome) : '',
      answeredOn: a.answeredOn ? chinaDate(a.answeredOn) : '',
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
