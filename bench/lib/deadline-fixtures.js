// bench/deadlines' data, written straight in SQL: cases in negotiation with a consumer and a
// business (both with an e-mail), handled by the demo department (whose supervisor is told), and
// one business_negotiation clock per case, reminder already sent, due at a chosen instant.

/** `count` cases and their two parties; the case ids are kept in the session's temp table bench_cases. */
async function createCases(db, count) {
  await db.query(
    `CREATE TEMP TABLE bench_cases AS SELECT g, gen_random_uuid() AS id FROM generate_series(1, $1) AS g`,
    [count],
  );
  await db.query(`
    INSERT INTO cases (id, tracking_code, status, channel, sector_code, commune_code, handling_org_id,
      access_key_hash, data_consent_at, data_consent_version, product, purchase_channel, description,
      submitted_at, consultation_at, negotiation_at, version, language)
    SELECT id, 'TN-BENCH-' || lpad(g::text, 6, '0'), 'negotiation', 'web', 'ecommerce', '05443',
      (SELECT id FROM organisations WHERE code = 'SCT'), md5(id::text) || md5(g::text),
      now() - interval '10 days', 'bench', 'Tai nghe không dây', 'ecommerce_platform',
      'Sản phẩm không hoạt động sau hai ngày sử dụng, người bán không trả lời tin nhắn.',
      now() - interval '10 days', now() - interval '9 days', now() - interval '8 days', 1, 'vi'
    FROM bench_cases`);
  await db.query(`
    INSERT INTO case_parties (case_id, role, name, email, language, tax_code)
    SELECT id, 'consumer', 'Nguyễn Văn Thử ' || g, 'consumer' || g || '@example.vn', 'vi', NULL FROM bench_cases
    UNION ALL
    SELECT id, 'business', 'Cửa hàng Ví Dụ ' || g, 'shop' || g || '@example.vn', NULL, '4600000001' FROM bench_cases`);
}

/**
 * One pending clock per case, due uniformly over [firstDue, firstDue + spreadMs): reminder sent,
 * next action = the breach at the due time. Returns [{ id, dueAt (ms) }].
 */
async function createDeadlines(db, firstDue, spreadMs) {
  const { rows } = await db.query(
    `INSERT INTO case_deadlines (case_id, kind, status, started_at, due_at, reminders_sent, next_action_at)
     SELECT id, 'business_negotiation', 'pending', now() - interval '8 days', due, 1, due
     FROM (SELECT id, $1::timestamptz + (g - 1) * ($2::float8 / (SELECT count(*) FROM bench_cases)) * interval '1 ms' AS due
           FROM bench_cases) AS s
     RETURNING id, due_at`,
    [firstDue, spreadMs],
  );
  return rows.map((row) => ({ id: row.id, dueAt: row.due_at.getTime() }));
}

/**
 * The department hears of a business_negotiation breach `workingDays` after it (the admins' policy
 * row, as PUT /api/v1/admin/clock-settings saves it); 0 puts the escalation right behind the breach,
 * so that the bench's minute measures both steps.
 */
async function setDepartmentEscalation(db, workingDays) {
  await db.query(
    `INSERT INTO deadline_policies (kind, unit, amount, reminder_lead_working_days, department_escalation_working_days)
     VALUES ('business_negotiation', 'working_days', 7, 2, $1)
     ON CONFLICT (kind) DO UPDATE SET department_escalation_working_days = $1, updated_at = now()`,
    [workingDays],
  );
}

/**
 * Each step's lateness (its event's `at` − the clock's due time) in ms, its due time and its `at`
 * (ms), for the events of `action` ('deadline_breached' or 'deadline_escalated').
 */
async function stepLateness(db, action) {
  const { rows } = await db.query(
    `SELECT extract(epoch FROM e.at - d.due_at) * 1000 AS late_ms, extract(epoch FROM e.at) * 1000 AS at_ms,
       extract(epoch FROM d.due_at) * 1000 AS due_ms
     FROM case_events e JOIN case_deadlines d ON d.id = (e.data -> 'detail' ->> 'deadlineId')::uuid
     WHERE e.action = $1`,
    [action],
  );
  return rows.map((row) => ({ lateMs: Number(row.late_ms), atMs: Number(row.at_ms), dueMs: Number(row.due_ms) }));
}

module.exports = { createCases, createDeadlines, setDepartmentEscalation, stepLateness };
