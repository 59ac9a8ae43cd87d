// The statutory clock of an application (依申请公开, 条例第三十条至第三十三条), on the reminder engine: 20 working days
// from receipt — or from receipt of the supplement, the one time one was asked for — one extension of at most 20
// working days, and third-party consultation not counted (a pause).
import type { DisclosureApplication } from '@zhengling/db';
import type { NewDeadline } from '@zhengling/reminders';
import { CLOCKS } from '../regulation/regulation';

export const answerDeadlineOf = (
  a: Pick<DisclosureApplication, 'id' | 'receiptNumber'>,
  officeDepartmentId: string,
  startDate: string,
  afterSupplement: boolean,
): NewDeadline => ({
  kind: 'disclosure.application',
  app: 'disclosure',
  entityType: 'application',
  entityId: a.id,
  title: `依申请公开答复：${a.receiptNumber}`,
  departmentId: officeDepartmentId,
  startEvent: afterSupplement ? '收到补正申请之日' : '收到申请之日',
  startDate,
  length: CLOCKS.answer.length,
  unit: CLOCKS.answer.unit,
  ruleSource: `${CLOCKS.answer.source}${afterSupplement ? '；补正的，自行政机关收到补正的申请之日起计算（第三十条）' : ''}`,
});
