import type { Test } from 'supertest';
import {
  createCase,
  createStaff,
  driveTo,
  Http,
  login,
  putInMediation,
  Stack,
  startStack,
  userId,
} from '../support/case-factory';

const ROLES = {
  officer: 'officer@demo.test',
  officer_other_unit: 'officer.ubnd@e2e.test',
  mediator: 'mediator@demo.test',
  other_mediator: 'mediator2@e2e.test',
  mediation_admin: 'mediation_admin@demo.test',
  association: 'association@demo.test',
  analyst: 'analyst@demo.test',
  admin: 'admin@demo.test',
  no_token: '',
} as const;
type Role = keyof typeof ROLES;
type Setup = 'submitted' | 'mediation' | 'negotiation';
interface Target {
  id: string;
  version: number;
  otherMediatorId: string;
}

interface Endpoint {
  setup: Setup;
  call: (http: Http, c: Target) => Test;
  // Statuses in ROLES order.
  expected: readonly number[];
}

// Each cell runs on a fresh case: submitted, in mediation with mediator@demo.test (HBVNTD), or negotiating.
// Columns: officer, officer_other_unit, mediator, other_mediator, mediation_admin, association, analyst, admin, no_token.
const ENDPOINTS: Record<string, Endpoint> = {
  'GET /cases': {
    setup: 'submitted',
    call: (h) => h.get('/api/v1/cases'),
    expected: [200, 200, 200, 200, 200, 200, 200, 200, 401],
  },
  'GET /cases/:id': {
    setup: 'mediation',
    call: (h, { id }) => h.get(`/api/v1/cases/${id}`),
    expected: [200, 404, 200, 404, 200, 200, 200, 200, 401],
  },
  'GET /cases/:id/events': {
    setup: 'mediation',
    call: (h, { id }) => h.get(`/api/v1/cases/${id}/events`),
    expected: [200, 404, 200, 404, 200, 200, 200, 200, 401],
  },
  'POST actions/accept (submitted)': {
    setup: 'submitted',
    call: (h, c) => h.post(`/api/v1/cases/${c.id}/actions/accept`).send({ version: c.version }),
    expected: [200, 404, 404, 404, 404, 403, 403, 200, 401],
  },
  'POST actions/request_info (mediation)': {
    setup: 'mediation',
    call: (h, c) =>
      h.post(`/api/v1/cases/${c.id}/actions/request_info`).send({ version: c.version, question: 'Xin gửi biên bản.' }),
    expected: [403, 404, 200, 404, 200, 403, 403, 403, 401],
  },
  'POST /cases/:id/notes': {
    setup: 'mediation',
    call: (h, { id }) => h.post(`/api/v1/cases/${id}/notes`).send({ body: 'Ghi chú nội bộ.' }),
    expected: [201, 404, 201, 404, 201, 403, 403, 201, 401],
  },
  'POST /cases/:id/messages': {
    setup: 'mediation',
    call: (h, { id }) => h.post(`/api/v1/cases/${id}/messages`).send({ to: 'consumer', body: 'Xin chào.' }),
    expected: [201, 404, 201, 404, 201, 403, 403, 201, 401],
  },
  'POST /cases/:id/mediator': {
    setup: 'mediation',
    call: (h, c) => h.post(`/api/v1/cases/${c.id}/mediator`).send({ mediatorId: c.otherMediatorId }),
    expected: [403, 403, 403, 403, 200, 403, 403, 200, 401],
  },
  'POST /cases/:id/business-link': {
    setup: 'negotiation',
    call: (h, { id }) => h.post(`/api/v1/cases/${id}/business-link`),
    expected: [201, 404, 403, 403, 403, 403, 403, 201, 401],
  },
  'DELETE /cases/:id/business-link': {
    setup: 'negotiation',
    call: (h, { id }) => h.delete(`/api/v1/cases/${id}/business-link`),
    expected: [204, 404, 403, 403, 403, 403, 403, 204, 401],
  },
};

const ROLE_NAMES = Object.keys(ROLES) as Role[];
const CELLS = Object.entries(ENDPOINTS).flatMap(([name, endpoint]) =>
  ROLE_NAMES.map((role, i) => [name, role, endpoint.expected[i]] as const),
);

describe('case access by role', () => {
  let stack: Stack;
  const tokens = {} as Record<Role, string>;
  let mediatorId: string;
  let otherMediatorId: string;

  beforeAll(async () => {
    stack = await startStack();
    await createStaff(stack.dataSource, { email: ROLES.officer_other_unit, role: 'officer', orgCode: 'UBND-05443' });
    otherMediatorId = await createStaff(stack.dataSource, {
      email: ROLES.other_mediator,
      role: 'mediator',
      orgCode: 'HBVNTD',
    });
    // A mediator can be appointed only with verified Art 64.2 qualifications.
    await stack.dataSource.query(
      `INSERT INTO mediator_profiles (user_id, vietnamese_citizen, full_civil_capacity, reputation_attested_on,
         mediation_training_certificate, mediation_training_on, consumer_law_training_on, judicial_record_on, verified_at)
       VALUES ($1, true, true, '2025-01-10', 'HG-E2E-1', '2025-02-01', '2025-03-01', '2025-01-05', now())`,
      [otherMediatorId],
    );
    mediatorId = await userId(stack.dataSource, ROLES.mediator);
    for (const role of ROLE_NAMES) tokens[role] = role === 'no_token' ? '' : await login(stack.http, ROLES[role]);
  });

  afterAll(() => stack?.stop());

  async function prepare(setup: Setup): Promise<Target> {
    const { id } = await createCase(stack.dataSource);
    if (setup === 'mediation') await putInMediation(stack.dataSource, id, 'HBVNTD', mediatorId);
    if (setup === 'negotiation') await driveTo(stack.http, tokens.officer, id, 'negotiation');
    const [{ version }] = await stack.dataSource.query('SELECT version FROM cases WHERE id = $1', [id]);
    return { id, version, otherMediatorId };
  }

  const send = (test: Test, role: Role) =>
    role === 'no_token' ? test : test.set('Authorization', `Bearer ${tokens[role]}`);

  describe.each(Object.keys(ENDPOINTS))('%s', (name) => {
    it.each(CELLS.filter(([n]) => n === name).map(([, role, status]) => [role, status]))(
      '%s → %i',
      async (role, status) => {
        const target = await prepare(ENDPOINTS[name].setup);
        const res = await send(ENDPOINTS[name].call(stack.http, target), role);
        expect(res.status).toBe(status);
      },
    );
  });

  describe('queue scope', () => {
    const SEES = [true, false, true, false, true, true, true, true];
    it.each(ROLE_NAMES.filter((r) => r !== 'no_token').map((role, i) => [role, SEES[i]] as const))(
      'a case in mediation with mediator@demo.test: %s sees it in GET /cases → %s',
      async (role, sees) => {
        const { id } = await prepare('mediation');
        const res = await send(stack.http.get('/api/v1/cases?status=mediation&limit=200'), role).expect(200);
        expect(res.body.items.some((c: { id: string }) => c.id === id)).toBe(sees);
      },
    );
  });

  describe('mediators', () => {
    it('a mediator cannot see another mediator’s case, which that mediator can', async () => {
      const { id } = await createCase(stack.dataSource);
      await putInMediation(stack.dataSource, id, 'HBVNTD', otherMediatorId);
      await send(stack.http.get(`/api/v1/cases/${id}`), 'mediator').expect(404);
      await send(stack.http.get(`/api/v1/cases/${id}/events`), 'mediator').expect(404);
      const mine = await send(stack.http.get('/api/v1/cases?assignee=me&limit=200'), 'mediator').expect(200);
      expect(mine.body.items.map((c: { id: string }) => c.id)).not.toContain(id);
      const theirs = await send(stack.http.get(`/api/v1/cases/${id}`), 'other_mediator').expect(200);
      expect(theirs.body.assignments.mediatorId).toBe(otherMediatorId);
    });
  });
});
