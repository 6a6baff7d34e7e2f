import { Stack, startStack } from '../support/stack';

interface Schema {
  $ref?: string;
  type?: string;
  example?: unknown;
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
}

interface OpenApiDoc {
  paths: Record<
    string,
    Record<
      string,
      {
        requestBody?: { content: Record<string, { schema: Schema }> };
        responses?: Record<string, { content?: Record<string, { schema: Schema }> }>;
      }
    >
  >;
  components: { schemas: Record<string, Schema> };
}

/** The body Swagger UI's "Try it out" pre-fills: every property's example, nested objects included. */
function exampleOf(schema: Schema, doc: OpenApiDoc): unknown {
  const ref = schema.$ref ?? schema.allOf?.[0]?.$ref;
  if (ref) return exampleOf(doc.components.schemas[ref.split('/').pop() as string], doc);
  if (schema.example !== undefined) return schema.example;
  if (schema.properties) {
    const entries = Object.entries(schema.properties).map(([key, value]) => [key, exampleOf(value, doc)] as const);
    return Object.fromEntries(entries.filter(([, value]) => value !== undefined));
  }
  return undefined;
}

// Integrators start from the documented examples: they must work as they are.
describe('OpenAPI examples', () => {
  let stack: Stack;
  let doc: OpenApiDoc;

  beforeAll(async () => {
    stack = await startStack();
    doc = (await stack.http.get('/api/docs-json').expect(200)).body as OpenApiDoc;
  });
  afterAll(() => stack?.stop());

  it('the example body of POST /api/v1/complaints files a valid complaint as is', async () => {
    const schema = doc.paths['/api/v1/complaints'].post.requestBody?.content['application/json'].schema as Schema;
    const body = exampleOf(schema, doc) as Record<string, unknown>;
    const res = await stack.http.post('/api/v1/complaints').send(body);
    expect(res.status).toBe(201);
    expect(res.body.trackingCode).toMatch(/^TN-\d{4}-\d{6}$/);
  });

  it('every request body of the api is described by a schema', () => {
    const bodies = Object.entries(doc.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, op]) => op.requestBody)
        .map(([method, op]) => ({ path, method, content: op.requestBody?.content ?? {} })),
    );
    expect(bodies.length).toBeGreaterThan(5);
    for (const { path, method, content } of bodies) {
      const schemas = Object.values(content).map((c) => c.schema);
      expect({ path, method, described: schemas.length > 0 && schemas.every((s) => s !== undefined) }).toEqual({
        path,
        method,
        described: true,
      });
    }
  });

  // Two DTO classes of one name become one schema in the document, the other's answer described
  // wrongly (Swagger warned "Duplicate DTO detected: SessionDto" at start-up).
  it('describes the signed-in staff session and a mediation session with schemas of their own', () => {
    const answer = (path: string, method: string, status: string) => {
      const ref = doc.paths[path]?.[method]?.responses?.[status]?.content?.['application/json']?.schema.$ref ?? '';
      return doc.components.schemas[ref.split('/').pop() as string]?.properties ?? {};
    };
    const staff = answer('/api/v1/auth/session', 'get', '200');
    const mediation = answer('/api/v1/cases/{id}/sessions', 'post', '201');
    expect(Object.keys(staff)).toEqual(expect.arrayContaining(['user', 'csrfToken', 'expiresAt']));
    expect(Object.keys(mediation)).toEqual(expect.arrayContaining(['id', 'mode', 'place']));
    expect(mediation).not.toHaveProperty('csrfToken');
  });
});
