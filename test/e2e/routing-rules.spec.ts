import { complaintBody } from '../support/lifecycle-client';
import { createStaff, login, orgId, Stack, startStack } from '../support/case-factory';

// Issue 3 §4: `accept` assigns the handling unit by commune/sector routing rules that admins edit.
describe('routing rules', () => {
  let stack: Stack;
  let admin: string;
  let communeOfficer: string;
  let departmentOfficer: string;
  let committeeId: string;

  beforeAll(async () => {
    stack = await startStack();
    committeeId = await orgId(stack.dataSource, 'UBND-05443');
    await createStaff(stack.dataSource, { email: 'ward.officer@example.vn', role: 'officer', orgCode: 'UBND-05443' });
    admin = await login(stack.http, 'admin@demo.test');
    communeOfficer = await login(stack.http, 'ward.officer@example.vn');
    departmentOfficer = await login(stack.http, 'officer@demo.test');
  });
  afterAll(() => stack?.stop());

  const file = async (communeCode: string) => {
    const body = complaintBody();
    const consumer = { ...(body.consumer as object), communeCode };
    return (
      await stack.http
        .post('/api/v1/complaints')
        .send({ ...body, consumer })
        .expect(201)
    ).body as { id: string };
  };

  it('without a rule the department receives the complaint', async () => {
    const c = await file('05443');
    await stack.http.get(`/api/v1/cases/${c.id}`).set('Authorization', `Bearer ${departmentOfficer}`).expect(200);
    await stack.http.get(`/api/v1/cases/${c.id}`).set('Authorization', `Bearer ${communeOfficer}`).expect(404);
  });

  it('an admin’s rule sends a commune’s complaints to its People’s Committee, whose officer accepts as advisor', async () => {
    const rule = await stack.http
      .post('/api/v1/admin/routing-rules')
      .set('Authorization', `Bearer ${admin}`)
      .send({ communeCode: '05443', organisationId: committeeId })
      .expect(201);
    const c = await file('05443');
    const other = await file('05467');
    const seen = await stack.http
      .get(`/api/v1/cases/${c.id}`)
      .set('Authorization', `Bearer ${communeOfficer}`)
      .expect(200);
    expect(seen.body.handlingOrgId).toBe(committeeId);
    await stack.http.get(`/api/v1/cases/${other.id}`).set('Authorization', `Bearer ${communeOfficer}`).expect(404);
    const accepted = await stack.http
      .post(`/api/v1/cases/${c.id}/actions/accept`)
      .set('Authorization', `Bearer ${communeOfficer}`)
      .send({ version: seen.body.version })
      .expect(200);
    expect(accepted.body.assignments.advisorId).toEqual(expect.any(String));
    expect(accepted.body.assignments.handlingOrgId).toBe(committeeId);
    // Retired, the rule no longer applies.
    await stack.http
      .delete(`/api/v1/admin/routing-rules/${rule.body.id}`)
      .set('Authorization', `Bearer ${admin}`)
      .expect(204);
    const later = await file('05443');
    await stack.http.get(`/api/v1/cases/${later.id}`).set('Authorization', `Bearer ${communeOfficer}`).expect(404);
  });

  it('refuses a rule naming no commune and no sector, or unknown codes, with field errors', async () => {
    const res = await stack.http
      .post('/api/v1/admin/routing-rules')
      .set('Authorization', `Bearer ${admin}`)
      .set('Accept-Language', 'en')
      .send({ communeCode: '99999', sectorCode: 'weapons', organisationId: committeeId })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['communeCode', 'sectorCode']);
    await stack.http
      .post('/api/v1/admin/routing-rules')
      .set('Authorization', `Bearer ${departmentOfficer}`)
      .send({ communeCode: '05443', organisationId: committeeId })
      .expect(403);
  });
});
