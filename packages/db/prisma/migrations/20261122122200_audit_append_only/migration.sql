-- The audit trail is append-only, enforced by the database itself: whatever the client, an UPDATE, DELETE or
-- TRUNCATE of platform.audit_entry fails. (Written by hand: Prisma's schema language cannot express triggers.)
-- The function body is an E'' string with \073 for each semicolon inside it, because the offline migration engine
-- splits scripts on semicolons and does not understand dollar quoting (shared/STACK-NOTES.md §3.3).
CREATE OR REPLACE FUNCTION "platform"."audit_entry_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN RAISE EXCEPTION ''audit_entry is append-only: % is not allowed'', TG_OP USING ERRCODE = ''insufficient_privilege'', HINT = ''AUDIT_APPEND_ONLY''\073 END\073';

CREATE TRIGGER "audit_entry_no_update_or_delete"
  BEFORE UPDATE OR DELETE ON "platform"."audit_entry"
  FOR EACH ROW EXECUTE FUNCTION "platform"."audit_entry_is_append_only"();

CREATE TRIGGER "audit_entry_no_truncate"
  BEFORE TRUNCATE ON "platform"."audit_entry"
  FOR EACH STATEMENT EXECUTE FUNCTION "platform"."audit_entry_is_append_only"();
