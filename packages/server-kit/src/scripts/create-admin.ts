// pnpm -s admin:create --username <name> --display-name <名称> --department <department code> [--password-stdin]
// Creates an administrator. The password is generated and printed once, or read from stdin; never a default.
import { parseArgs } from 'node:util';
import { createDb } from '@zhengling/db';
import { systemActor } from '@zhengling/core';
import { createUser } from '../auth/create-user';
import { generatePassword } from '../auth/passwords';
import { serverEnv } from '../env';

const { values } = parseArgs({
  options: {
    username: { type: 'string' },
    'display-name': { type: 'string' },
    department: { type: 'string' },
    'password-stdin': { type: 'boolean', default: false },
  },
});
if (!values.username || !values['display-name'] || !values.department) {
  process.stderr.write(
    'usage: pnpm -s admin:create --username <name> --display-name <名称> --department <code> [--password-stdin]\n',
  );
  process.exit(2);
}

const readStdin = async () => {
  let s = '';
  for await (const chunk of process.stdin) s += String(chunk);
  return s.replace(/\r?\n$/, '');
};

const db = createDb(serverEnv.DATABASE_URL);
try {
  const dept = await db.department.findUnique({ where: { code: values.department } });
  if (!dept) {
    process.stderr.write(`未找到部门 / no department with code ${values.department}\n`);
    process.exit(1);
  }
  const password = values['password-stdin'] ? await readStdin() : generatePassword();
  const user = await db.$transaction((tx) =>
    createUser(tx, systemActor('cli'), {
      username: values.username!,
      displayName: values['display-name']!,
      departmentId: dept.id,
      roles: ['administrator'],
      password,
    }),
  );
  process.stdout.write(`已创建管理员 / administrator created: ${user.username}\n`);
  if (!values['password-stdin']) process.stdout.write(`密码 / password (shown once): ${password}\n`);
} catch (error) {
  process.stderr.write(`${(error as { messageZh?: string }).messageZh ?? (error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
