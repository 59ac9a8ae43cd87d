import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

describe('the audit table is append-only, enforced by PostgreSQL itself', () => {
  test('an entry can be written and read back', async () => {
    const entry = await t.db.auditEntry.create({
      data: { actorLabel: 'test', app: 'platform', action: 'test.write', entityType: 'thing', entityId: '1' },
    });
    expect(await t.db.auditEntry.findUnique({ where: { id: entry.id } })).toMatchObject({
      action: 'test.write',
    });
  });

  test('UPDATE is rejected, through Prisma and through raw SQL', async () => {
    await expect(t.db.auditEntry.updateMany({ data: { action: 'tampered' } })).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe(`UPDATE platform.audit_entry SET action = 'x'`)).rejects.toThrow(
      /append-only/,
    );
    expect(await t.db.auditEntry.count({ where: { action: 'tampered' } })).toBe(0);
  });

  test('DELETE and TRUNCATE are rejected and the entries remain', async () => {
    const before = await t.db.auditEntry.count();
    await expect(t.db.auditEntry.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe('TRUNCATE platform.audit_entry')).rejects.toThrow(/append-only/);
    expect(await t.db.auditEntry.count()).toBe(before);
  });
});
