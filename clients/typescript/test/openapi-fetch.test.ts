// Partner sites and advisors through openapi-fetch, typed by the contract's types that @boussole/client ships
// (@boussole/client/openapi, written by openapi-typescript).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import createClient from 'openapi-fetch';
import type { components, paths } from '@boussole/client/openapi';
import { gateway, userToken } from './suite.js';

type Problem = components['schemas']['Problem'];

test('a partner site reads the catalogue, and reads it again for nothing while it has not changed', async () => {
  const api = createClient<paths>({ baseUrl: gateway });
  const sectors = await api.GET('/api/v1/catalogue/sectors');
  assert.equal(sectors.response.status, 200);
  const sector = sectors.data?.items[0]?.code ?? assert.fail('no sector');

  const page = await api.GET('/api/v1/catalogue/use-cases', { params: { query: { sector: [sector], size: 5 } } });
  assert.equal(page.response.status, 200);
  const first = page.data?.items[0] ?? assert.fail(`no use case in sector ${sector}`);
  assert.ok(first.sectors?.includes(sector));

  const useCase = await api.GET('/api/v1/catalogue/use-cases/{slug}', { params: { path: { slug: first.slug } } });
  const etag = useCase.response.headers.get('etag') ?? assert.fail('no ETag');
  const again = await api.GET('/api/v1/catalogue/use-cases/{slug}',
    { params: { path: { slug: first.slug }, header: { 'If-None-Match': etag } } });
  assert.equal(again.response.status, 304);
  assert.equal(again.response.headers.get('transfer-encoding'), null);

  const missing = await api.GET('/api/v1/catalogue/use-cases/{slug}', { params: { path: { slug: 'nothing-here' } } });
  const problem: Problem | undefined = missing.error;
  assert.equal(problem?.status, 404);
});

test('an advisor lists the assessments of the CCI, and a company sees only its own', async () => {
  const advisor = createClient<paths>({ baseUrl: gateway,
    headers: { Authorization: `Bearer ${await userToken('advisor.paris')}` } });
  const listed = await advisor.GET('/api/v1/assessments', { params: { query: { size: 10 } } });
  assert.equal(listed.response.status, 200, JSON.stringify(listed.error));
  assert.ok(Array.isArray(listed.data?.items));

  const anonymous = createClient<paths>({ baseUrl: gateway });
  const refused = await anonymous.GET('/api/v1/assessments');
  assert.equal(refused.response.status, 401);
  assert.equal(refused.error?.type, 'https://boussole-ia.fr/problems/unauthorized');
});
