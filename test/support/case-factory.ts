import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { ParsedMail } from 'mailparser';
import { DataSource } from 'typeorm';
import { appendEvent, hashSecret, newSecret } from '@app/cases';
import type { StaffRole } from '@app/domain';
import { CaseEntity, CasePartyEntity, nextTrackingCode, OrganisationEntity, UserEntity } from '@app/persistence';
import { SmtpSink } from './smtp-sink';
import { Http, PASSWORD, Stack, StackOptions, startStack as startSharedStack } from './stack';
import { waitFor } from './wait';

export type { Http, Stack, StackOptions } from './stack';
export { PASSWORD } from './stack';

export type CaseOverrides = Partial<Omit<CaseEntity, 'id' | 'trackingCode' | 'accessKeyHash' | 'version'>> & {
  consumer?: Partial<CasePartyEntity>;
  business?: Partial<CasePartyEntity>;
};

export interface CreatedCase {
  id: string;
  trackingCode: string;
  accessKey: string;
  consumerEmail: string;
  businessEmail: string;
}

export const orgId = async (dataSource: DataSource, code: string): Promise<string> =>
  (await dataSource.getRepository(OrganisationEntity).findOneByOrFail({ code })).id;

export const userId = async (dataSource: DataSource, email: string): Promise<string> =>
  (await dataSource.getRepository(UserEntity).findOneByOrFail({ email })).id;

/** A submitted complaint (row, parties and its `submit` event) in one transaction, handled by SCT by default. */
export async function createCase(dataSource: DataSource, overrides: CaseOverrides = {}): Promise<CreatedCase> {
  const { consumer, business, ...columns } = overrides;
  const accessKey = newSecret();
  const tag = randomBytes(4).toString('hex');
  const consumerEmail = consumer?.email ?? `consumer-${tag}@example.org`;
  const businessEmail = business?.email ?? `business-${tag}@example.com`;
  return dataSource.transaction(async (m) => {
    const sct = await m.findOneByOrFail(OrganisationEntity, { code: 'SCT' });
    const now = new Date();
    const saved = await m.save(CaseEntity, {
      trackingCode: await nextTrackingCode(m, 'TN', 2026),
      accessKeyHash: hashSecret(accessKey),
      dataConsentAt: now,
      dataConsentVersion: 'e2e-1',
      publicationConsent: false,
      status: 'submitted',
      channel: 'web',
      sectorCode: 'ecommerce',
      communeCode: '05443',
      handlingOrgId: sct.id,
      product: `Tai nghe không dây ${tag}`,
      purchaseChannel: 'online',
      amountVnd: 1_290_000,
      description: `Sản phẩm lỗi sau hai ngày sử dụng, cửa hàng không trả lời (${tag}).`,
      desiredResolutions: ['refund'],
      submittedAt: now,
      ...columns,
    });
    await m.save(CasePartyEntity, [
      {
        caseId: saved.id,
        role: 'consumer',
        name: 'Nguyễn Thị Lan',
        phone: '0912345678',
        ...consumer,
        email: consumerEmail,
      },
      {
        caseId: saved.id,
        role: 'business',
        name: 'Cửa hàng ABC',
        phone: '02083855555',
        ...business,
        email: businessEmail,
      },
    ]);
    await appendEvent(
      m,
      saved.id,
      { kind: 'consumer', caseId: saved.id },
      {
        action: 'submit',
        fromStatus: null,
        toStatus: 'submitted',
        visibility: 'public',
        public: { channel: saved.channel },
        at: now,
      },
    );
    return { id: saved.id, trackingCode: saved.trackingCode, accessKey, consumerEmail, businessEmail };
  });
}

/** A staff account that signs in with PASSWORD. */
export async function createStaff(
  dataSource: DataSource,
  user: { email: string; role: StaffRole; orgCode: string; supervisor?: boolean },
): Promise<string> {
  const saved = await dataSource.getRepository(UserEntity).save({
    email: user.email,
    passwordHash: await hash(PASSWORD),
    fullName: user.email,
    role: user.role,
    organisationId: await orgId(dataSource, user.orgCode),
    isSupervisor: user.supervisor ?? false,
  });
  return saved.id;
}

export const login = async (http: Http, email: string): Promise<string> =>
  (await http.post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(200)).body.accessToken as string;

export const detail = (http: Http, token: string, caseId: string) =>
  http.get(`/api/v1/cases/${caseId}`).set('Authorization', `Bearer ${token}`);

/** POSTs an action with the version the caller currently sees. */
export async function act(http: Http, token: string, caseId: string, action: string, fields: object = {}) {
  const { version } = (await detail(http, token, caseId).expect(200)).body;
  return http
    .post(`/api/v1/cases/${caseId}/actions/${action}`)
    .set('Authorization', `Bearer ${token}`)
    .send({ version, ...fields });
}

const ROUTES: Record<string, [string, Record<string, unknown>][]> = {
  submitted: [],
  consultation: [['accept', {}]],
  needs_info: [['request_info', { question: 'Xin gửi hóa đơn mua hàng.' }]],
  negotiation: [
    ['accept', {}],
    ['forward_to_business', { basis: 'business_silent' }],
  ],
  resolved: [
    ['accept', {}],
    ['resolve_by_advice', { adviceSummary: 'Đã hướng dẫn quyền bảo hành.' }],
  ],
  refused: [['refuse', { ground: 'c' }]],
};

/** Moves a submitted case to `status` over HTTP as `token` (an officer or admin); returns the last answer. */
export async function driveTo(http: Http, token: string, caseId: string, status: string) {
  const steps = ROUTES[status];
  if (!steps) throw new Error(`driveTo: no HTTP route to ${status}`);
  let last = await detail(http, token, caseId).expect(200);
  for (const [action, fields] of steps) {
    last = await act(http, token, caseId, action, fields);
    if (last.status !== 200)
      throw new Error(`driveTo ${status}: ${action} → ${last.status} ${JSON.stringify(last.body)}`);
  }
  expect(last.body.status).toBe(status);
  return last;
}

/**
 * Stands in for the consumer's request_mediation and the business's consent through its link (Law 19
 * Art 61): the case is in mediation with `orgCode`, `mediatorId` assigned.
 */
export async function putInMediation(dataSource: DataSource, caseId: string, orgCode: string, mediatorId: string) {
  const organisationId = await orgId(dataSource, orgCode);
  const at = new Date().toISOString();
  const mediation = { organisationId, requestedAt: at, consumerConsentAt: at, businessConsentAt: at };
  await dataSource.query(
    `UPDATE cases SET status = 'mediation', mediation_org_id = $2, mediator_id = $3, mediation_at = now(),
       lifecycle = lifecycle || jsonb_build_object('mediation', $4::jsonb), version = version + 1 WHERE id = $1`,
    [caseId, organisationId, mediatorId, JSON.stringify({ ...mediation, businessConsentVia: 'link' })],
  );
}

/** Waits for a message to `to` whose text matches; fails with what arrived instead. */
export async function mailTo(smtp: SmtpSink, to: string, match: (m: ParsedMail) => boolean = () => true) {
  return waitFor(
    `a mail to ${to}`,
    () => smtp.messages.find((m) => m.to && !Array.isArray(m.to) && m.to.text === to && match(m)),
    { describe: () => `${smtp.messages.length} message(s): ${smtp.messages.map((m) => m.subject).join(' | ')}` },
  );
}

/** The stack with the demo data seeded with PASSWORD (unless `seed` says otherwise). */
export const startStack = (options: StackOptions = {}): Promise<Stack> =>
  startSharedStack({ ...options, seed: options.seed ?? true });
