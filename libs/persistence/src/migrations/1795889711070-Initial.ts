import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795889711070 implements MigrationInterface {
  name = 'Initial1795889711070';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "communes" (
                "code" character varying(5) NOT NULL,
                "name" character varying(120) NOT NULL,
                "kind" character varying(10) NOT NULL,
                "province_code" character varying(2) NOT NULL,
                CONSTRAINT "PK_b3f497044892b8d98c492f4900e" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "organisations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(40) NOT NULL,
                "name" character varying(250) NOT NULL,
                "kind" character varying(30) NOT NULL,
                "commune_code" character varying(5),
                "email" character varying(250),
                "phone" character varying(30),
                "has_seal" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_06f3139d67205a125c84f8c6c4" ON "organisations" ("code")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_205d134daaaf9f880a7e9b0c7f" ON "organisations" ("kind")
        `);
    await queryRunner.query(`
            CREATE TABLE "sectors" (
                "code" character varying(40) NOT NULL,
                "name_vi" character varying(200) NOT NULL,
                "name_en" character varying(200) NOT NULL,
                "sort_order" smallint NOT NULL,
                CONSTRAINT "PK_182f6a983ef4914b39c1aae5482" PRIMARY KEY ("code")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(250) NOT NULL,
                "password_hash" character varying(200) NOT NULL,
                "full_name" character varying(200) NOT NULL,
                "role" character varying(20) NOT NULL,
                "organisation_id" uuid,
                "is_supervisor" boolean NOT NULL DEFAULT false,
                "language" character varying(2) NOT NULL DEFAULT 'vi',
                "active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_97672ac88f789774dd47f7c8be" ON "users" ("email")
        `);
    await queryRunner.query(`
            CREATE TABLE "cases" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "tracking_code" character varying(24) NOT NULL,
                "idempotency_key" character varying(120),
                "status" character varying(20) NOT NULL,
                "resume_status" character varying(20),
                "channel" character varying(20) NOT NULL,
                "sector_code" character varying(40) NOT NULL,
                "commune_code" character varying(5) NOT NULL,
                "handling_org_id" uuid,
                "assignee_id" uuid,
                "barred" boolean NOT NULL DEFAULT false,
                "lifecycle" jsonb NOT NULL DEFAULT '{}',
                "access_key_hash" character varying(64) NOT NULL,
                "mediation_org_id" uuid,
                "mediator_id" uuid,
                "possible_duplicate_of" uuid,
                "data_consent_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "data_consent_version" character varying(20) NOT NULL,
                "publication_consent" boolean NOT NULL DEFAULT false,
                "business_contacted_at" date,
                "business_contact_answer" text,
                "rating" smallint,
                "rating_comment" text,
                "created_by_id" uuid,
                "priority" smallint NOT NULL DEFAULT '0',
                "vulnerable" boolean NOT NULL DEFAULT false,
                "product" character varying(300) NOT NULL,
                "purchase_date" date,
                "purchase_channel" character varying(20) NOT NULL,
                "amount_vnd" bigint,
                "description" text NOT NULL,
                "desired_resolutions" character varying(30) array NOT NULL DEFAULT '{}',
                "outcome" character varying(30),
                "amount_recovered_vnd" bigint,
                "language" character varying(2) NOT NULL DEFAULT 'vi',
                "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "consultation_at" TIMESTAMP WITH TIME ZONE,
                "negotiation_at" TIMESTAMP WITH TIME ZONE,
                "mediation_at" TIMESTAMP WITH TIME ZONE,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "next_due_at" TIMESTAMP WITH TIME ZONE,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_264acb3048c240fb89aa34626db" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_726b22ca01bf94cd88eafd4487" ON "cases" ("tracking_code")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_a9304d1a5e73997c304f67bd56" ON "cases" ("idempotency_key")
            WHERE idempotency_key IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_9ef674f456a796b55cae847f54" ON "cases" ("channel")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_e213710aff5108c4dc6c5aca8f" ON "cases" ("sector_code")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_c7167ece24d785012308a794e1" ON "cases" ("commune_code")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_a7c1a3944f04ba5229fb8bb669" ON "cases" ("handling_org_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_1e03d7426e634bc22f7241ebfb" ON "cases" ("assignee_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_e8cba8ba6551603cc059d4385b" ON "cases" ("mediation_org_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_c7184d4ca7f06b2ad8d5dcf925" ON "cases" ("mediator_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_a234e2125696df60cd52cde4bb" ON "cases" ("vulnerable")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_874df14d832e31f9003b2448c1" ON "cases" ("outcome")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_1b6157a5c24f396e3c6b9e37c9" ON "cases" ("submitted_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_cases_queue" ON "cases" ("status", "priority", "next_due_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "business_links" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "token_hash" character varying(64) NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_ec6e783d38cff0bb467b3b94633" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_f389d6bb4a3db676688e22fb24" ON "business_links" ("case_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_b721a228c8583f3b20d3be0294" ON "business_links" ("token_hash")
        `);
    await queryRunner.query(`
            CREATE TABLE "case_events" (
                "id" BIGSERIAL NOT NULL,
                "case_id" uuid NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_kind" character varying(10) NOT NULL,
                "actor_id" uuid,
                "actor_role" character varying(20),
                "action" character varying(40) NOT NULL,
                "from_status" character varying(20),
                "to_status" character varying(20),
                "visibility" character varying(12) NOT NULL,
                "data" jsonb NOT NULL DEFAULT '{}',
                CONSTRAINT "PK_61f203ee26b76c6438bbcc7bde6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_case_events_case" ON "case_events" ("case_id", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "case_parties" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "role" character varying(10) NOT NULL,
                "name" character varying(250) NOT NULL,
                "email" character varying(250),
                "phone" character varying(30),
                "address" character varying(500),
                "tax_code" character varying(14),
                "website" character varying(250),
                "commune_code" character varying(5),
                "language" character varying(2),
                "vulnerable_groups" character varying(30) array,
                "ethnic_language" character varying(60),
                "sensitive_consent_at" TIMESTAMP WITH TIME ZONE,
                "contact_shared" boolean NOT NULL DEFAULT false,
                "shop_id" character varying(120),
                "order_id" character varying(120),
                CONSTRAINT "PK_06bc2ff7e3027f10692a04bd22b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_fe0e6c80e09d7479cb17ec14a8" ON "case_parties" ("tax_code")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "ux_case_parties_role" ON "case_parties" ("case_id", "role")
        `);
    await queryRunner.query(`
            CREATE TABLE "evidence_files" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "case_id" uuid NOT NULL,
                "uploaded_by" character varying(10) NOT NULL,
                "file_name" character varying(255) NOT NULL,
                "content_type" character varying(50) NOT NULL,
                "size_bytes" integer NOT NULL,
                "sha256" character varying(64) NOT NULL,
                "storage_key" character varying(200) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_f8d1a9a8e0430b749e2f4694460" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_ca803099a723bf1e6155f10d91" ON "evidence_files" ("case_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "routing_rules" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "commune_code" character varying(5),
                "sector_code" character varying(40),
                "organisation_id" uuid NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b744c5cc71053ea4d3fc8a860c2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "tracking_sequences" (
                "prefix" character varying(10) NOT NULL,
                "year" smallint NOT NULL,
                "last_value" integer NOT NULL,
                CONSTRAINT "PK_b8fd4f395c8e46f44b251a9a6fb" PRIMARY KEY ("prefix", "year")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations"
            ADD CONSTRAINT "FK_79d5bc643d810dca8f7ae6c9ecd" FOREIGN KEY ("commune_code") REFERENCES "communes"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "FK_2fc4294f8ec97da71d587dc5577" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cases"
            ADD CONSTRAINT "FK_e213710aff5108c4dc6c5aca8f1" FOREIGN KEY ("sector_code") REFERENCES "sectors"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cases"
            ADD CONSTRAINT "FK_c7167ece24d785012308a794e11" FOREIGN KEY ("commune_code") REFERENCES "communes"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cases"
            ADD CONSTRAINT "FK_a7c1a3944f04ba5229fb8bb669b" FOREIGN KEY ("handling_org_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "cases"
            ADD CONSTRAINT "FK_1e03d7426e634bc22f7241ebfba" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "business_links"
            ADD CONSTRAINT "FK_f389d6bb4a3db676688e22fb24c" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_events"
            ADD CONSTRAINT "FK_259dbf949114e25670ac6cad205" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "case_parties"
            ADD CONSTRAINT "FK_1d74697ed0b9ad0fccd160d273a" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_files"
            ADD CONSTRAINT "FK_ca803099a723bf1e6155f10d912" FOREIGN KEY ("case_id") REFERENCES "cases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "routing_rules"
            ADD CONSTRAINT "FK_fa03a140cde675a009739fa1acb" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    // The timeline is append-only: the database itself refuses to change or delete an event.
    await queryRunner.query(`
            CREATE FUNCTION case_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              RAISE EXCEPTION 'case_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER case_events_no_update_delete BEFORE UPDATE OR DELETE ON case_events
            FOR EACH ROW EXECUTE FUNCTION case_events_append_only()
        `);
    await queryRunner.query(`
            CREATE TRIGGER case_events_no_truncate BEFORE TRUNCATE ON case_events
            FOR EACH STATEMENT EXECUTE FUNCTION case_events_append_only()
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER case_events_no_truncate ON case_events`);
    await queryRunner.query(`DROP TRIGGER case_events_no_update_delete ON case_events`);
    await queryRunner.query(`DROP FUNCTION case_events_append_only()`);
    await queryRunner.query(`
            ALTER TABLE "routing_rules" DROP CONSTRAINT "FK_fa03a140cde675a009739fa1acb"
        `);
    await queryRunner.query(`
            ALTER TABLE "evidence_files" DROP CONSTRAINT "FK_ca803099a723bf1e6155f10d912"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_parties" DROP CONSTRAINT "FK_1d74697ed0b9ad0fccd160d273a"
        `);
    await queryRunner.query(`
            ALTER TABLE "case_events" DROP CONSTRAINT "FK_259dbf949114e25670ac6cad205"
        `);
    await queryRunner.query(`
            ALTER TABLE "business_links" DROP CONSTRAINT "FK_f389d6bb4a3db676688e22fb24c"
        `);
    await queryRunner.query(`
            ALTER TABLE "cases" DROP CONSTRAINT "FK_1e03d7426e634bc22f7241ebfba"
        `);
    await queryRunner.query(`
            ALTER TABLE "cases" DROP CONSTRAINT "FK_a7c1a3944f04ba5229fb8bb669b"
        `);
    await queryRunner.query(`
            ALTER TABLE "cases" DROP CONSTRAINT "FK_c7167ece24d785012308a794e11"
        `);
    await queryRunner.query(`
            ALTER TABLE "cases" DROP CONSTRAINT "FK_e213710aff5108c4dc6c5aca8f1"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "FK_2fc4294f8ec97da71d587dc5577"
        `);
    await queryRunner.query(`
            ALTER TABLE "organisations" DROP CONSTRAINT "FK_79d5bc643d810dca8f7ae6c9ecd"
        `);
    await queryRunner.query(`
            DROP TABLE "tracking_sequences"
        `);
    await queryRunner.query(`
            DROP TABLE "routing_rules"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_ca803099a723bf1e6155f10d91"
        `);
    await queryRunner.query(`
            DROP TABLE "evidence_files"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ux_case_parties_role"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_fe0e6c80e09d7479cb17ec14a8"
        `);
    await queryRunner.query(`
            DROP TABLE "case_parties"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_case_events_case"
        `);
    await queryRunner.query(`
            DROP TABLE "case_events"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_b721a228c8583f3b20d3be0294"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_f389d6bb4a3db676688e22fb24"
        `);
    await queryRunner.query(`
            DROP TABLE "business_links"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_cases_queue"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_1b6157a5c24f396e3c6b9e37c9"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_874df14d832e31f9003b2448c1"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_a234e2125696df60cd52cde4bb"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c7184d4ca7f06b2ad8d5dcf925"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_e8cba8ba6551603cc059d4385b"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_1e03d7426e634bc22f7241ebfb"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_a7c1a3944f04ba5229fb8bb669"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_c7167ece24d785012308a794e1"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_e213710aff5108c4dc6c5aca8f"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_9ef674f456a796b55cae847f54"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_a9304d1a5e73997c304f67bd56"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_726b22ca01bf94cd88eafd4487"
        `);
    await queryRunner.query(`
            DROP TABLE "cases"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_97672ac88f789774dd47f7c8be"
        `);
    await queryRunner.query(`
            DROP TABLE "users"
        `);
    await queryRunner.query(`
            DROP TABLE "sectors"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_205d134daaaf9f880a7e9b0c7f"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_06f3139d67205a125c84f8c6c4"
        `);
    await queryRunner.query(`
            DROP TABLE "organisations"
        `);
    await queryRunner.query(`
            DROP TABLE "communes"
        `);
  }
}
