import request from 'supertest';

type Http = ReturnType<typeof request>;

/** A valid public complaint; `overrides` replaces top-level groups. */
export function complaintBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    consumer: {
      fullName: 'Nguyễn Thị Lan',
      email: 'lan.nguyen@example.vn',
      phone: '0912345678',
      communeCode: '05443',
      address: 'Số 12 đường Hoàng Văn Thụ',
      language: 'vi',
    },
    business: { name: 'Cửa hàng Điện máy Ví Dụ', taxCode: '4600123456', email: 'cskh@dienmay.example.vn' },
    purchase: {
      sectorCode: 'ecommerce',
      product: 'Nồi cơm điện',
      purchaseDate: '2026-10-20',
      amountVnd: 1_500_000,
      channel: 'ecommerce_platform',
    },
    description: 'Nồi cơm điện hỏng sau một tuần sử dụng, cửa hàng không đổi hàng mới như cam kết.',
    desiredResolutions: ['replacement'],
    businessContacted: { contacted: true, date: '2026-10-28', answer: 'Không trả lời' },
    consents: { dataProcessing: true, textVersion: '2026-01' },
    ...overrides,
  };
}

/** The steps each party takes over HTTP, as their own client would. */
export class LifecycleClient {
  constructor(
    private readonly http: Http,
    private readonly password: string,
  ) {}

  async login(email: string): Promise<string> {
    const res = await this.http.post('/api/v1/auth/login').send({ email, password: this.password }).expect(200);
    return res.body.accessToken as string;
  }

  async file(body = complaintBody()): Promise<{ id: string; trackingCode: string; accessKey: string }> {
    const res = await this.http.post('/api/v1/complaints').send(body).expect(201);
    return res.body;
  }

  async staffAct(token: string, caseId: string, action: string, fields: Record<string, unknown> = {}, expected = 200) {
    const current = await this.http.get(`/api/v1/cases/${caseId}`).set('Authorization', `Bearer ${token}`).expect(200);
    return this.http
      .post(`/api/v1/cases/${caseId}/actions/${action}`)
      .set('Authorization', `Bearer ${token}`)
      .send({ version: current.body.version, ...fields })
      .expect(expected);
  }

  consumerAct(
    trackingCode: string,
    accessKey: string,
    action: string,
    fields: Record<string, unknown> = {},
    expected = 200,
  ) {
    return this.http
      .post(`/api/v1/complaints/${trackingCode}/actions/${action}`)
      .set('X-Access-Key', accessKey)
      .send(fields)
      .expect(expected);
  }

  consumerView(trackingCode: string, accessKey: string) {
    return this.http.get(`/api/v1/complaints/${trackingCode}`).set('X-Access-Key', accessKey).expect(200);
  }

  /** The business accepts or declines the consumer's mediation request through its link (Law 19 Art 61). */
  businessAnswersMediation(token: string, answer: 'accept' | 'decline', body: object = {}, expected = 200) {
    return this.http.post(`/api/v1/business/${token}/mediation/${answer}`).send(body).expect(expected);
  }

  events(token: string, caseId: string) {
    return this.http.get(`/api/v1/cases/${caseId}/events`).set('Authorization', `Bearer ${token}`).expect(200);
  }
}

/** The business's secure link in an email's text (`…/business/{token}`). */
export const businessTokenIn = (text: string | undefined): string | undefined =>
  /\/business\/([A-Za-z0-9_-]{20,})/.exec(text ?? '')?.[1];

/** The email that asks the business for its consent to mediation, for case `trackingCode` (Art 61). */
export const isMediationRequestTo = (trackingCode: string) => (mail: { subject?: string }) =>
  (mail.subject?.includes(trackingCode) ?? false) && (mail.subject?.includes('bằng hòa giải') ?? false);

/** Art 65.2: every element of a successful-mediation record. */
export function art652Record(): Record<string, unknown> {
  return {
    mediator: 'Trần Văn Hòa',
    organisation: 'Hội Bảo vệ quyền lợi người tiêu dùng tỉnh Thái Nguyên',
    parties: ['Nguyễn Thị Lan', 'Cửa hàng Điện máy Ví Dụ'],
    time: '2026-11-20T09:00:00+07:00',
    place: 'Trụ sở Hội, số 5 đường Đội Cấn, Phường Phan Đình Phùng',
    subject: 'Nồi cơm điện hỏng sau một tuần sử dụng',
    consumerViews: 'Đề nghị đổi sản phẩm mới',
    businessViews: 'Đồng ý đổi sản phẩm mới',
    result: 'Cửa hàng đổi nồi cơm điện mới cho người tiêu dùng',
    implementation: 'Giao hàng tận nhà',
    performanceDeadline: '2026-12-05',
    otherTerms: '',
  };
}
