import { act, createCase, CreatedCase, detail, driveTo, login, Stack, startStack } from '../support/case-factory';

// Law 19 Art 59.1: either party may ask that the negotiation be kept confidential, or paused. The
// desk records the request; a pause holds the negotiation and its clocks (no one's delay) and,
// lifted, lets them run on later by the pause; confidentiality keeps the negotiation's content to
// the parties and the staff handling it.

const REMEDY = 'Đổi tai nghe mới và bồi thường 200.000 đồng (bí mật kinh doanh).';

interface ClockRow {
  kind: string;
  status: string;
  due_at: Date;
  next_action_at: Date | null;
}

describe('a party’s request about the negotiation (Law 19 Art 59.1)', () => {
  let stack: Stack;
  let officer: string;
  let association: string;
  let analyst: string;

  beforeAll(async () => {
    stack = await startStack();
    [officer, association, analyst] = await Promise.all(
      ['officer@demo.test', 'association@demo.test', 'analyst@demo.test'].map((email) => login(stack.http, email)),
    );
  });
  afterAll(() => stack?.stop());

  async function negotiating(): Promise<{ kase: CreatedCase; token: string }> {
    const kase = await createCase(stack.dataSource);
    const forwarded = await driveTo(stack.http, officer, kase.id, 'negotiation');
    return { kase, token: String(forwarded.body.businessLinkUrl).split('/').pop() as string };
  }

  const negotiationClocks = (caseId: string) =>
    stack.dataSource.query<ClockRow[]>(
      `SELECT kind, status, due_at, next_action_at FROM case_deadlines
        WHERE case_id = $1 AND kind IN ('business_acknowledgement', 'business_negotiation') ORDER BY kind`,
      [caseId],
    );
  const businessView = (token: string) => stack.http.get(`/api/v1/business/${token}`).expect(200);
  const respond = (token: string) =>
    stack.http.post(`/api/v1/business/${token}/respond`).send({ type: 'propose_remedy', description: REMEDY });
  const staffEvents = (token: string, caseId: string) =>
    stack.http.get(`/api/v1/cases/${caseId}/events`).set('Authorization', `Bearer ${token}`).expect(200);

  it('Art 59.1: a pause a party asked for holds the negotiation and its clocks; lifted, they run on later by the pause', async () => {
    const { kase, token } = await negotiating();
    const before = await negotiationClocks(kase.id);
    expect(before.map((c) => c.status)).toEqual(['pending', 'pending']);

    const paused = await act(stack.http, officer, kase.id, 'record_negotiation_request', {
      requestedBy: 'business',
      paused: true,
      reason: 'Giám đốc đi công tác đến tuần sau',
    });
    expect(paused.status).toBe(200);
    expect(paused.body.lifecycle.negotiationPaused).toMatchObject({ requestedBy: 'business' });
    expect((await negotiationClocks(kase.id)).map((c) => [c.status, c.next_action_at])).toEqual([
      ['paused', null],
      ['paused', null],
    ]);
    expect((await businessView(token)).body).toMatchObject({ paused: true, confidential: false, allowedActions: [] });
    const refused = await respond(token).expect(422);
    expect(refused.body.details).toEqual([{ field: 'negotiationPaused', rule: 'art_59_1_negotiation_paused' }]);
    // The consumer sees who asked for what; the reason is for staff.
    const tracked = await stack.http
      .get(`/api/v1/complaints/${kase.trackingCode}`)
      .set('X-Access-Key', kase.accessKey)
      .expect(200);
    const entry = tracked.body.timeline.find((e: { action: string }) => e.action === 'record_negotiation_request');
    expect(entry.data).toEqual({ requestedBy: 'business', paused: true });

    // A week passes paused (five working days or more).
    await stack.dataSource.query(
      `UPDATE case_deadlines SET paused_at = paused_at - interval '7 days' WHERE case_id = $1 AND status = 'paused'`,
      [kase.id],
    );
    const lifted = await act(stack.http, officer, kase.id, 'lift_negotiation_request', { paused: true });
    expect(lifted.status).toBe(200);
    const after = await negotiationClocks(kase.id);
    for (const [i, clock] of after.entries()) {
      expect(clock.status).toBe('pending');
      expect(clock.next_action_at).not.toBeNull();
      expect(clock.due_at.getTime() - before[i].due_at.getTime()).toBeGreaterThanOrEqual(5 * 86_400_000);
    }
    expect((await businessView(token)).body).toMatchObject({ paused: false, allowedActions: ['business_respond'] });
    await respond(token).expect(200);
  });

  it('Art 59.1: a confidential negotiation is for the parties and the handling staff, not the association or analysts', async () => {
    const { kase, token } = await negotiating();
    const recorded = await act(stack.http, officer, kase.id, 'record_negotiation_request', {
      requestedBy: 'consumer',
      confidential: true,
      reason: 'Hồ sơ có thông tin sức khỏe',
    });
    expect(recorded.status).toBe(200);
    await respond(token).expect(200);

    // The parties: the business sees it is confidential, and both see the proposal.
    const view = await businessView(token);
    expect(view.body).toMatchObject({ confidential: true, paused: false, openProposal: { description: REMEDY } });
    const tracked = await stack.http
      .get(`/api/v1/complaints/${kase.trackingCode}`)
      .set('X-Access-Key', kase.accessKey)
      .expect(200);
    expect(JSON.stringify(tracked.body)).toContain(REMEDY);
    // The handling staff see everything.
    expect(JSON.stringify((await staffEvents(officer, kase.id)).body)).toContain(REMEDY);
    expect((await detail(stack.http, officer, kase.id).expect(200)).body.lifecycle.openProposal).toBeDefined();

    // Outside them: that the business responded, not what it said.
    for (const outsider of [association, analyst]) {
      const events = (await staffEvents(outsider, kase.id)).body as { action: string; data: unknown }[];
      expect(events.find((e) => e.action === 'business_respond')?.data).toEqual({ public: {} });
      expect(JSON.stringify(events)).not.toContain(REMEDY);
      const seen = (await detail(stack.http, outsider, kase.id).expect(200)).body;
      expect(seen.lifecycle.openProposal).toBeUndefined();
      expect(seen.lifecycle.lastBusinessResponse).toBeUndefined();
      await stack.http
        .get(`/api/v1/cases/${kase.id}/records/negotiation`)
        .set('Authorization', `Bearer ${outsider}`)
        .expect(404);
    }
    // Nothing pauses for confidentiality alone.
    expect((await negotiationClocks(kase.id)).map((c) => c.status)).toEqual(['met', 'met']);

    // Lifted, the content is no longer kept from them.
    expect((await act(stack.http, officer, kase.id, 'lift_negotiation_request', { confidential: true })).status).toBe(
      200,
    );
    expect(JSON.stringify((await staffEvents(association, kase.id)).body)).toContain(REMEDY);
  });

  it('Art 59.1: only the desk records a party’s request', async () => {
    const { kase } = await negotiating();
    const request = { requestedBy: 'consumer', confidential: true, reason: 'Thông tin riêng tư' };
    expect((await act(stack.http, association, kase.id, 'record_negotiation_request', request)).status).toBe(403);
    // The consumer asks the desk; the consumer's own key does not record it.
    await stack.http
      .post(`/api/v1/complaints/${kase.trackingCode}/actions/record_negotiation_request`)
      .set('X-Access-Key', kase.accessKey)
      .send({ reason: 'Thông tin riêng tư' })
      .expect(403);
    expect(
      (await detail(stack.http, officer, kase.id).expect(200)).body.lifecycle.negotiationConfidential,
    ).toBeUndefined();
  });
});
