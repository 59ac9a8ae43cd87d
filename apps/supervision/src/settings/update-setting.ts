import { type Actor, auditedMutation, parseSetting } from '@zhengling/core';
import type { Db, Prisma } from '@zhengling/db';
import { SETTINGS } from './settings';

/** Change one setting (validated by its own schema), audited with the value before and after. */
export async function updateSetting(db: Db, actor: Actor & { kind: 'user' }, key: string, value: unknown) {
  const { def, value: parsed } = parseSetting(SETTINGS, key, value);
  const json = parsed as Prisma.InputJsonValue;
  return auditedMutation(db, actor, async (tx) => {
    const before = await tx.supervisionSetting.findUnique({ where: { key } });
    await tx.supervisionSetting.upsert({
      where: { key },
      create: { key, value: json, updatedById: actor.userId },
      update: { value: json, updatedById: actor.userId },
    });
    return {
      result: { key, value: parsed },
      audit: {
        action: 'setting.update',
        entityType: 'setting',
        entityId: key,
        before: before?.value ?? def.default,
        after: parsed,
      },
    };
  });
}
