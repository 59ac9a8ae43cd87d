import type { Role, Tx } from '@zhengling/db';
import { type Actor, recordAudit } from '@zhengling/core';
import { AppError } from '@zhengling/core';
import { checkPasswordPolicy, hashPassword } from './passwords';

export interface NewUser {
  username: string;
  displayName: string;
  email?: string;
  departmentId: string;
  roles: Role[];
  password: string;
  mustChangePassword?: boolean;
}

/** Create a user (password hashed with argon2id), audited in the caller's transaction. */
export async function createUser(tx: Tx, actor: Actor, input: NewUser) {
  checkPasswordPolicy(input.username, input.password);
  if (await tx.user.findUnique({ where: { username: input.username } }))
    throw new AppError('CONFLICT', `（用户名 ${input.username} 已存在）`);
  const user = await tx.user.create({
    data: {
      username: input.username,
      displayName: input.displayName,
      email: input.email,
      departmentId: input.departmentId,
      roles: input.roles,
      passwordHash: await hashPassword(input.password),
      mustChangePassword: input.mustChangePassword ?? false,
    },
  });
  const { passwordHash: _omit, ...after } = user;
  await recordAudit(tx, actor, { action: 'user.create', entityType: 'user', entityId: user.id, after });
  return user;
}
