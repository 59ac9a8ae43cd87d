// The layout of a work report's task breakdown workbook (政府工作报告重点任务分解表): one header row, then one row a
// task. Import and export use the same columns, so an exported workbook imports back (rows matched by task number).
export const BREAKDOWN_COLUMNS = [
  { key: 'number', header: '任务编号', width: 10 },
  { key: 'parentNumber', header: '上级任务编号', width: 12 },
  { key: 'title', header: '任务名称', width: 40 },
  { key: 'measures', header: '具体措施', width: 50 },
  { key: 'lead', header: '牵头单位', width: 18 },
  { key: 'co', header: '配合单位', width: 30 },
  { key: 'startDate', header: '开始日期', width: 12 },
  { key: 'dueDate', header: '完成时限', width: 12 },
  { key: 'cycle', header: '报送周期', width: 10 },
  { key: 'milestones', header: '节点安排', width: 40 },
] as const;
export type BreakdownKey = (typeof BREAKDOWN_COLUMNS)[number]['key'];

export const CYCLE_WORDS = { 每月: 'monthly', 每季度: 'quarterly', 不报送: 'none' } as const;
export const CYCLE_OF = { monthly: '每月', quarterly: '每季度', none: '不报送' } as const;
/** Departments in one cell: separated by 、，, ; or new lines. */
export const LIST_SEPARATOR = /[、，,；;\n]+/;
/** Milestones in one cell: "2026-03-31 完成方案；2026-06-30 开工建设". */
export const MILESTONE_ITEM = /^(\d{4}-\d{2}-\d{2})\s+(.+)$/;
