import { hydrateEventTexts } from '@app/cases';
import { art652Record } from '../support/lifecycle-client';
import {
  createCase,
  type CreatedCase,
  detail,
  driveTo,
  login,
  orgId,
  putInMediation,
  Stack,
  startStack,
  userId,
} from '../support/case-factory';

// Issue 12 item 7: each action's body is validated for that action (a DTO per action, lengths limited,
// unknown fields refused) before anything is stored in the append-only timeline. Shape errors are 400
// with field messages in the caller's language; the domain's rules stay 422.

type Body = Record<string, unknown>;
type Language = 'vi' | 'en';

interface Bodies {
  valid: Body;
  /** A field this action does not take (perhaps one the server fills in itself), with its path in the error. */
  unknown: [Body, string];
  /** A text one character too long, with its path and limit; absent when the action takes no free text. */
  tooLong?: [Body, string, number];
  /** A field of the wrong type, with its path. */
  wrongType: [Body, string];
}

interface Scenario {
  action: string;
  /** Whether the action takes free text (all but forward_to_business). */
  text: boolean;
  /** A case where the action is allowed, who performs it ('consumer': the access key, no version), the bodies. */
  prepare: () => Promise<{ c: CreatedCase; token: string; bodies: Bodies }>;
}

/** Who performs an action through the access key rather than a staff token. */
const CONSUMER = 'consumer';

const MESSAGES = {
  unknown: { vi: 'Trường không được phép', en: 'is not an allowed field' },
  tooLong: { vi: (n: number) => `Tối đa ${n} ký tự`, en: (n: number) => `must be at most ${n} characters` },
};

describe('case action bodies', () => {
  let stack: Stack;
  let officer: string;
  let supervisor: string;
  let mediator: string;

  beforeAll(async () => {
    stack = await startStack();
    [officer, supervisor, mediator] = await Promise.all(
      ['officer@demo.test', 'supervisor@demo.test', 'mediator@demo.test'].map((email) => login(stack.http, email)),
    );
  });
  afterAll(() => stack?.stop());

  /** The case's version and how many events its timeline holds: what a refused request must leave as it was. */
  const footprint = async (caseId: string) => {
    const [row] = await stack.dataSource.query<{ version: number; events: string }[]>(
      `SELECT c.version, (SELECT count(*) FROM case_events e WHERE e.case_id = c.id) AS events
         FROM cases c WHERE c.id = $1`,
      [caseId],
    );
    return { version: row.version, events: Number(row.events) };
  };

  /** POSTs the action as its performer would: staff with the version they see, the consumer with the key. */
  const send = async (action: string, c: CreatedCase, token: string, fields: Body, language: Language = 'vi') => {
    if (token === CONSUMER) {
      return stack.http
        .post(`/api/v1/complaints/${c.trackingCode}/actions/${action}`)
        .set('X-Access-Key', c.accessKey)
        .set('Accept-Language', language)
        .send(fields);
    }
    const { version } = (await detail(stack.http, token, c.id).expect(200)).body;
    return stack.http
      .post(`/api/v1/cases/${c.id}/actions/${action}`)
      .set('Authorization', `Bearer ${token}`)
      .set('Accept-Language', language)
      .send({ version, ...fields });
  };

  const over = (n: number) => 'x'.repeat(n + 1);
  const submitted = () => createCase(stack.dataSource);
  const drivenTo = async (status: string) => {
    const c = await submitted();
    await driveTo(stack.http, officer, c.id, status);
    return c;
  };

  const SCENARIOS: Scenario[] = [
    {
      action: 'refuse',
      text: true,
      prepare: async () => ({
        c: await submitted(),
        token: officer,
        bodies: {
          valid: { ground: 'c', note: 'Không xác định được doanh nghiệp', outcomeCode: 'business_not_found' },
          unknown: [{ ground: 'c', refusedBy: 'Trưởng phòng' }, 'refusedBy'],
          tooLong: [{ ground: 'c', note: over(2000) }, 'note', 2000],
          wrongType: [{ ground: 'c', note: 42 }, 'note'],
        },
      }),
    },
    {
      action: 'transfer',
      text: true,
      prepare: async () => {
        const authorityId = await orgId(stack.dataSource, 'CAT');
        return {
          c: await submitted(),
          token: officer,
          bodies: {
            valid: { authorityId, reason: 'Có dấu hiệu lừa đảo: thuộc thẩm quyền công an' },
            // The authority's name comes from the organisations table, never from the caller.
            unknown: [{ authorityId, authorityName: 'Cơ quan giả mạo' }, 'authorityName'],
            tooLong: [{ authorityId, reason: over(2000) }, 'reason', 2000],
            wrongType: [{ authorityId: 12345 }, 'authorityId'],
          },
        };
      },
    },
    {
      action: 'request_info',
      text: true,
      prepare: async () => ({
        c: await submitted(),
        token: officer,
        bodies: {
          valid: { question: 'Xin gửi ảnh hóa đơn mua hàng.' },
          unknown: [{ question: 'Xin gửi hóa đơn.', answer: 'Đã gửi' }, 'answer'],
          tooLong: [{ question: over(2000) }, 'question', 2000],
          wrongType: [{ question: ['Xin gửi hóa đơn.'] }, 'question'],
        },
      }),
    },
    {
      action: 'forward_to_business',
      text: false,
      prepare: async () => ({
        c: await drivenTo('consultation'),
        token: officer,
        bodies: {
          valid: { basis: 'business_silent' },
          // The business is the case's own: the server fills it in.
          unknown: [{ basis: 'business_silent', businessId: '5d4c2a10-0000-4000-8000-000000000000' }, 'businessId'],
          wrongType: [{ basis: true }, 'basis'],
        },
      }),
    },
    {
      action: 'settle',
      text: true,
      prepare: async () => ({
        c: await drivenTo('negotiation'),
        token: officer,
        bodies: {
          valid: { outcomeCode: 'monetary_relief', amountRecoveredVnd: 1_290_000, summary: 'Hoàn tiền tại trụ sở Sở.' },
          unknown: [{ outcomeCode: 'explained', agreement: { source: 'court' } }, 'agreement'],
          tooLong: [{ outcomeCode: 'explained', summary: over(5000) }, 'summary', 5000],
          wrongType: [{ outcomeCode: 'monetary_relief', amountRecoveredVnd: '1290000' }, 'amountRecoveredVnd'],
        },
      }),
    },
    {
      action: 'record_mediation_result',
      text: true,
      prepare: async () => {
        const c = await submitted();
        await putInMediation(stack.dataSource, c.id, 'HBVNTD', await userId(stack.dataSource, 'mediator@demo.test'));
        const record = art652Record();
        return {
          c,
          token: mediator,
          bodies: {
            valid: { result: 'success', record },
            // Inside the Art 65.2 record too.
            unknown: [{ result: 'success', record: { ...record, signedBy: 'Giám đốc' } }, 'record.signedBy'],
            tooLong: [{ result: 'success', record: { ...record, subject: over(5000) } }, 'record.subject', 5000],
            wrongType: [{ result: 'success', record: { ...record, parties: 'Nguyễn Thị Lan' } }, 'record.parties'],
          },
        };
      },
    },
    {
      action: 'withdraw',
      text: true,
      prepare: async () => ({
        c: await submitted(),
        token: CONSUMER,
        bodies: {
          valid: { reason: 'Đã tự thỏa thuận được với cửa hàng' },
          unknown: [{ reason: 'Đã thỏa thuận', answer: 'Không' }, 'answer'],
          tooLong: [{ reason: over(2000) }, 'reason', 2000],
          wrongType: [{ reason: 5 }, 'reason'],
        },
      }),
    },
    {
      action: 'reopen',
      text: true,
      prepare: async () => ({
        c: await drivenTo('refused'),
        token: supervisor,
        bodies: {
          valid: { reason: 'Người tiêu dùng có thêm chứng cứ' },
          unknown: [{ reason: 'Có chứng cứ mới', closedAt: null }, 'closedAt'],
          tooLong: [{ reason: over(2000) }, 'reason', 2000],
          wrongType: [{ reason: { text: 'Có chứng cứ mới' } }, 'reason'],
        },
      }),
    },
  ];

  describe.each(SCENARIOS.map((s) => [s.action, s] as const))('%s', (action, s) => {
    let c: CreatedCase;
    let token: string;
    let bodies: Bodies;
    let before: { version: number; events: number };

    beforeAll(async () => {
      ({ c, token, bodies } = await s.prepare());
      before = await footprint(c.id);
    });

    it.each(['vi', 'en'] as const)(
      'refuses a field the action does not take (400 naming it, %s), storing nothing',
      async (language) => {
        const [body, field] = bodies.unknown;
        const res = await send(action, c, token, body, language);
        expect(res.status).toBe(400);
        expect(res.body).toMatchObject({ statusCode: 400, error: 'validation_failed' });
        expect(res.body.errors).toEqual([{ field, messages: [MESSAGES.unknown[language]] }]);
        expect(await footprint(c.id)).toEqual(before);
      },
    );

    // forward_to_business takes no free text: its only field is a code (refused below when of the wrong type).
    if (s.text) {
      it('refuses an over-long text (400, in vi and en), storing nothing', async () => {
        const [body, field, max] = bodies.tooLong ?? [{}, '', 0];
        const vi = await send(action, c, token, body);
        expect(vi.status).toBe(400);
        expect(vi.body.errors).toEqual([{ field, messages: [MESSAGES.tooLong.vi(max)] }]);
        const en = await send(action, c, token, body, 'en');
        expect(en.body.errors).toEqual([{ field, messages: [MESSAGES.tooLong.en(max)] }]);
        expect(await footprint(c.id)).toEqual(before);
      });
    }

    it('refuses a field of the wrong type (400 naming it), storing nothing', async () => {
      const [body, field] = bodies.wrongType;
      const res = await send(action, c, token, body, 'en');
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
      expect(await footprint(c.id)).toEqual(before);
    });

    it('accepts a valid body and stores the fields it sent', async () => {
      const res = await send(action, c, token, bodies.valid);
      expect(res.status).toBe(200);
      expect((await footprint(c.id)).events).toBe(before.events + 1);
      const rows = await stack.dataSource.query<{ data: { detail?: Body } }[]>(
        `SELECT data FROM case_events WHERE case_id = $1 AND action = $2`,
        [c.id, action],
      );
      // The free text sits in case_texts (issue 12 item 11): read as every reader of events does.
      const [event] = await hydrateEventTexts(stack.dataSource.manager, rows);
      // What the server adds (e.g. the transfer's authority name) comes on top of what was sent.
      expect(event.data.detail).toMatchObject(bodies.valid);
    });
  });

  it('the API docs give each action its own body schema', async () => {
    const doc = (await stack.http.get('/api/docs-json').expect(200)).body;
    const schemaOf = (path: string) => doc.paths[path].post.requestBody.content['application/json'].schema;
    const refs = (path: string) => schemaOf(path).oneOf.map((s: { $ref: string }) => s.$ref.split('/').pop());
    expect(refs('/api/v1/cases/{id}/actions/{action}')).toEqual(
      expect.arrayContaining([
        'RefuseActionDto',
        'TransferActionDto',
        'RecordMediationResultActionDto',
        'ReopenActionDto',
      ]),
    );
    expect(refs('/api/v1/complaints/{trackingCode}/actions/{action}')).toContain('WithdrawActionDto');
    const record = doc.components.schemas.RecordMediationResultActionDto.properties.record;
    expect(JSON.stringify(record)).toContain('#/components/schemas/Art652RecordDto');
    expect(doc.components.schemas.Art652RecordDto.properties.parties.maxItems).toBe(10);
    expect(doc.components.schemas.ReopenActionDto.properties.reason.maxLength).toBe(2000);
  });

  it('an action staff do not perform keeps its answer (403); what came with it is not passed on', async () => {
    const c = await createCase(stack.dataSource);
    const before = await footprint(c.id);
    const { version } = (await detail(stack.http, officer, c.id).expect(200)).body;
    const res = await stack.http
      .post(`/api/v1/cases/${c.id}/actions/withdraw`)
      .set('Authorization', `Bearer ${officer}`)
      .send({ version, reason: 'x'.repeat(10_000), anything: { at: 'all' } });
    expect(res.status).toBe(403);
    expect(await footprint(c.id)).toEqual(before);
  });

  it('a missing version is still the 400 it was; a missing required field is still the rule’s 422', async () => {
    const c = await createCase(stack.dataSource);
    const before = await footprint(c.id);
    const noVersion = await stack.http
      .post(`/api/v1/cases/${c.id}/actions/refuse`)
      .set('Authorization', `Bearer ${officer}`)
      .set('Accept-Language', 'en')
      .send({ ground: 'c' });
    expect(noVersion.status).toBe(400);
    expect(noVersion.body.errors).toContainEqual({
      field: 'version',
      messages: expect.arrayContaining(['must be a whole number']),
    });
    const noGround = await send('refuse', c, officer, { note: 'Không rõ doanh nghiệp' });
    expect(noGround.status).toBe(422);
    expect(noGround.body.details).toContainEqual({ field: 'ground', rule: 'art_58_ground_required' });
    expect(await footprint(c.id)).toEqual(before);
  });

  it('the business’s answer refuses a field of another response type (400), storing nothing', async () => {
    const c = await createCase(stack.dataSource);
    const forwarded = await driveTo(stack.http, officer, c.id, 'negotiation');
    const link = String(forwarded.body.businessLinkUrl).split('/').pop() as string;
    const before = await footprint(c.id);
    const res = await stack.http
      .post(`/api/v1/business/${link}/respond`)
      .set('Accept-Language', 'en')
      .send({ type: 'ask_question', question: 'Mã đơn hàng là gì?', amountVnd: 5_000_000, reasons: 12 });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: 'amountVnd', messages: ['only goes with the response type propose_remedy'] },
      expect.objectContaining({ field: 'reasons' }),
    ]);
    expect(await footprint(c.id)).toEqual(before);
    await stack.http
      .post(`/api/v1/business/${link}/respond`)
      .send({ type: 'ask_question', question: 'Mã đơn hàng là gì?' })
      .expect(200);
  });
});
