// From October, working-day clocks can end next year: while next year's holiday notice is not entered, the office and
// the administrator are told on their landing page, with the way to the page where it is entered.
import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import { useTRPC } from '../trpc';

export function CalendarNotice() {
  const trpc = useTRPC();
  const calendar = useQuery(trpc.deadlines.calendarYears.queryOptions());
  const next = calendar.data?.nextYear;
  if (!next || next.covered || dayjs().month() < 9) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="calendar-notice"
      message={`尚未录入 ${next.year} 年节假日安排`}
      description={
        <>
          到期日落在 {next.year} 年的工作日期限将无法计算，相关交办会被拒绝。国务院办公厅通知发布后，请管理员在
          <Link to="/holidays">节假日安排</Link>中录入。
        </>
      }
    />
  );
}
