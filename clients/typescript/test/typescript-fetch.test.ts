// The main journeys through the gateway with the typescript-fetch client of @boussole/client, installed from its
// tarball: what a frontend team writes, nothing hand-made on the HTTP side.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import {
  AssessmentsApi, Configuration, type Middleware, ProblemFromJSON, ResponseError, UseCaseCurationApi, UseCasesApi,
  type UseCaseDraft,
} from '@boussole/client';
import { gateway, shopNearLyon, userToken } from './suite.js';

// every refusal is printed with its problem document, so that a failing journey says why
const explainRefusals: Middleware = {
  post: async ({ url, init, response }) => {
    if (response.status >= 400) {
      console.error(`${init.method} ${url} → ${response.status} ${await response.clone().text()}`);
    }
  },
};
const anonymous = new Configuration({ basePath: gateway, middleware: [explainRefusals] });
const signedIn = (username: string) => new Configuration({ basePath: gateway, middleware: [explainRefusals],
  accessToken: () => userToken(username) });

async function problemOf(call: Promise<unknown>) {
  const error = await call.then(() => assert.fail('the call should have failed'), (e: unknown) => e);
  assert.ok(error instanceof ResponseError, String(error));
  assert.equal(error.response.headers.get('content-type'), 'application/problem+json');
  return ProblemFromJSON(await error.response.json());
}

test('an anonymous company goes from nothing to its PDF report', async () => {
  const assessments = new AssessmentsApi(anonymous);
  const started = await assessments.startAssessment({ newAssessment: {}, idempotencyKey: randomUUID() });
  assert.equal(started.status, 'DRAFT');
  assert.ok(started.resumeToken, 'the resume token is handed out once, on the 201');
  const mine = { id: started.id, xResumeToken: started.resumeToken };

  const invalid = await problemOf(assessments.saveAnswers({ ...mine, requestBody: { 'data-quality': 7 } }));
  assert.equal(invalid.status, 400);
  assert.deepEqual(invalid.errors?.map((error) => error.field), ['answers.data-quality']);

  const answered = await assessments.saveAnswers({ ...mine, requestBody: shopNearLyon() });
  assert.deepEqual(answered.answers['functions'], ['marketing-commercial', 'relation-client']);
  assert.equal(answered.answers['employees'], 12);
  const removed = await assessments.removeAnswer({ ...mine, question: 'creation-year' });
  assert.equal(removed.answers['creation-year'], undefined);
  await assessments.saveAnswers({ ...mine, requestBody: { 'creation-year': 2015 } });

  const submitted = await assessments.submitAssessment(mine);
  assert.equal(submitted.status, 'SUBMITTED');
  const readiness = await assessments.getReadiness(mine);
  assert.ok(readiness.score !== undefined && readiness.score >= 0 && readiness.score <= 100, `score ${readiness.score}`);
  const recommendations = await assessments.getRecommendations(mine);
  assert.ok((recommendations.useCases ?? []).length > 0);

  // the report comes in HTML or PDF: the caller says which (a function keeps the client's own headers)
  const report = await assessments.getReportRaw(mine,
    async ({ init }) => ({ headers: { ...init.headers, Accept: 'application/pdf' } }));
  assert.equal(report.raw.headers.get('content-type'), 'application/pdf');
  const pdf = Buffer.from(await report.raw.arrayBuffer());
  assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
});

test('curators write with If-Match, and another one publishes', async () => {
  const alice = new UseCaseCurationApi(signedIn('curator.alice'));
  const bruno = new UseCaseCurationApi(signedIn('curator.bruno'));
  const slug = `sdk-ts-${Date.now().toString(36)}`;
  const draft: UseCaseDraft = {
    slug,
    translations: {
      fr: { title: 'Tri des courriels entrants', summary: 'Classer les courriels par demande.',
        body: 'Un modèle de langage range chaque courriel dans la bonne file.' },
      en: { title: 'Sorting incoming e-mail', summary: 'File e-mails by request.',
        body: 'A language model files each e-mail in the right queue.' },
    },
    functions: ['relation-client'], sectors: ['tertiaire-superieur'], dataKinds: ['TEXT'], solutionTypes: ['TURNKEY'],
    prerequisites: { data: 30, skills: 20, funding: 20, strategy: 20, ethics: 10 },
    aiAct: { category: 'MINIMAL', reasoningFr: 'Des courriels rangés, aucune décision sur des personnes.',
      reasoningEn: 'E-mails filed, no decision about people.' },
  };
  const created = await alice.createUseCaseRaw({ useCaseDraft: draft, idempotencyKey: randomUUID() });
  assert.equal(created.raw.status, 201);
  assert.equal(new URL(created.raw.headers.get('location') ?? '', gateway).href,
    `${gateway}/api/v1/catalogue/curation/use-cases/${slug}`);

  // read, change, write back: the read's extra fields need no stripping
  const read = await alice.getCuratedUseCaseRaw({ slug });
  const current = await read.value();
  const etag = read.raw.headers.get('etag') ?? assert.fail('no ETag');
  // a read lists what it always has as required, so the read is a draft as it stands, typed, with no cast
  const edited: UseCaseDraft = { ...current,
    translations: { ...current.translations, en: { ...current.translations.en, title: 'Sorting incoming e-mails' } } };
  const stale = await problemOf(alice.editUseCase({ slug, useCaseDraft: edited, ifMatch: '"99"' }));
  assert.equal(stale.status, 412);
  const saved = await alice.editUseCaseRaw({ slug, useCaseDraft: edited, ifMatch: etag });
  assert.equal((await saved.value()).translations.en?.title, 'Sorting incoming e-mails');

  const submitted = await alice.submitUseCaseRaw({ slug, ifMatch: saved.raw.headers.get('etag') ?? '' });
  const inReview = submitted.raw.headers.get('etag') ?? '';
  assert.equal((await problemOf(alice.publishUseCase({ slug, ifMatch: inReview }))).status, 403);
  assert.equal((await bruno.publishUseCase({ slug, ifMatch: inReview })).status, 'PUBLISHED');
  const published = await new UseCasesApi(anonymous).getUseCaseRaw({ slug, acceptLanguage: 'en' });
  assert.equal((await published.value()).title, 'Sorting incoming e-mails');
  assert.equal(published.raw.headers.get('content-language'), 'en');

  const after = await bruno.getCuratedUseCaseRaw({ slug });
  await bruno.archiveUseCase({ slug, ifMatch: after.raw.headers.get('etag') ?? '' });
});
