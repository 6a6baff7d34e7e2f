import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { encryptedList, encryptedText } from '../crypto/encrypted-columns';
import { CaseEntity } from './case.entity';

export type PartyRole = 'consumer' | 'business' | 'platform';

/** A party to a case: the consumer, the business and, for online purchases, the platform (co-respondent). */
@Entity({ name: 'case_parties' })
@Index('ux_case_parties_role', ['caseId', 'role'], { unique: true })
// Expression indexes for finding a consumer's earlier complaints (possible duplicates), created by
// migration; declared here so that the schema-drift check leaves them alone.
@Index('ix_case_parties_consumer_email', { synchronize: false })
@Index('ix_case_parties_consumer_phone', { synchronize: false })
export class CasePartyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'case_id', type: 'uuid' })
  caseId: string;

  @ManyToOne(() => CaseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id' })
  case?: CaseEntity;

  @Column({ type: 'varchar', length: 10 })
  role: PartyRole;

  @Column({ type: 'varchar', length: 250 })
  name: string;

  @Column({ type: 'varchar', length: 250, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  address: string | null;

  @Index()
  @Column({ name: 'tax_code', type: 'varchar', length: 14, nullable: true })
  taxCode: string | null;

  @Column({ type: 'varchar', length: 250, nullable: true })
  website: string | null;

  @Column({ name: 'commune_code', type: 'varchar', length: 5, nullable: true })
  communeCode: string | null;

  @Column({ type: 'varchar', length: 2, nullable: true })
  language: 'vi' | 'en' | null;

  // Law 19 Art 8 groups, split by sensitivity (party-groups.ts reads and writes the full list):
  // the groups that are not sensitive, plain, for statistics per group…
  @Column({ name: 'vulnerable_groups', type: 'varchar', length: 30, array: true, nullable: true })
  vulnerableGroups: string[] | null;

  // …the sensitive ones (ethnicity, health; only with the consumer's explicit consent), encrypted…
  @Column({
    name: 'sensitive_groups',
    type: 'text',
    nullable: true,
    transformer: encryptedList('case_parties.sensitive_groups'),
  })
  sensitiveGroups: string[] | null;

  // …and only whether there is one, plain, for statistics that count them together.
  @Column({ name: 'has_sensitive_group', type: 'boolean', default: false })
  hasSensitiveGroup: boolean;

  // Sensitive (reveals ethnicity): encrypted at rest.
  @Column({
    name: 'ethnic_language',
    type: 'text',
    nullable: true,
    transformer: encryptedText('case_parties.ethnic_language'),
  })
  ethnicLanguage: string | null;

  @Column({ name: 'sensitive_consent_at', type: 'timestamptz', nullable: true })
  sensitiveConsentAt: Date | null;

  // Whether the business may see the consumer's contact details.
  @Column({ name: 'contact_shared', type: 'boolean', default: false })
  contactShared: boolean;

  // Online purchases: the seller's shop id and the order id on the platform.
  @Column({ name: 'shop_id', type: 'varchar', length: 120, nullable: true })
  shopId: string | null;

  @Column({ name: 'order_id', type: 'varchar', length: 120, nullable: true })
  orderId: string | null;
}
