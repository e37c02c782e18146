// The epar.v1 protocol from a non-Java client: @grpc/grpc-js against a real `epar serve`
// (started by run.sh). Checks every RPC, the rich error details, a cancelled daily stream, an
// oversized rejection, and forged page tokens against docs/protocol.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import grpc from '@grpc/grpc-js';
import {
  annual, CONTRACTOR_A, CONTRACTOR_B, TOKEN_A, TOKEN_B, TOKEN_READ, client, daily, dayBatches, endOf,
  failing, header, listAll, monthly, rid, unary, batchBytes, TOKEN_COUNTY, TOKEN_PROVINCE,
} from '../lib/epar.mjs';

const a = client(TOKEN_A);
const b = client(TOKEN_B);

const ACCEPTED = 'SUBMISSION_STATE_ACCEPTED';
const REJECTED = 'SUBMISSION_STATE_REJECTED';

test('SubmitMonthlyReport: accepted; a resend answers the same submission; other content is REQUEST_ID_REUSED', async () => {
  const id = rid('monthly');
  const report = monthly(CONTRACTOR_A, '201803', [
    { id: 'd1', fund: 'fund-1', kind: 'DISBURSEMENT_KIND_PROGRESS', amountFen: '150000' }]);
  const first = await unary(a, 'submitMonthlyReport', { requestId: id, report });
  assert.equal(first.submission.state, ACCEPTED);
  assert.match(first.submission.name, /^submissions\/.+/);
  assert.equal(first.submission.requestId, id);
  assert.equal(first.submission.reportType, 'REPORT_TYPE_MONTHLY');
  assert.match(first.submission.contentSha256, /^[0-9a-f]{64}$/);
  const again = await unary(a, 'submitMonthlyReport', { requestId: id, report });
  assert.equal(again.submission.name, first.submission.name);
  const other = { ...report, progress: { construction: '0.70', disbursement: '0.50' } };
  const err = await failing(a, 'submitMonthlyReport', { requestId: id, report: other });
  assert.equal(err.code, grpc.status.ALREADY_EXISTS);
  assert.equal(err.errorInfo.reason, 'REQUEST_ID_REUSED');
  assert.equal(err.errorInfo.domain, 'epar.org');
  assert.equal(err.errorInfo.metadata.submission, first.submission.name);
});

test('SubmitMonthlyReport validate_only: the same answer, an empty name, nothing stored', async () => {
  const id = rid('dry');
  const res = await unary(a, 'submitMonthlyReport', {
    requestId: id, validateOnly: true, report: monthly(CONTRACTOR_A, '201803') });
  assert.equal(res.submission.state, ACCEPTED);
  assert.equal(res.submission.name, '');
  assert.equal((await listAll(a)).filter((s) => s.requestId === id).length, 0);
});

test('SubmitQuarterlyReport and SubmitAnnualReport: accepted', async () => {
  const q = await unary(a, 'submitQuarterlyReport', { requestId: rid('quarterly'), report: {
    header: header(CONTRACTOR_A, 'REPORT_TYPE_QUARTERLY', '2018Q1'), summary: '一季度总结' } });
  assert.equal(q.submission.state, ACCEPTED);
  assert.equal(q.submission.reportType, 'REPORT_TYPE_QUARTERLY');
  const y = await unary(a, 'submitAnnualReport', { requestId: rid('annual'),
    report: annual(CONTRACTOR_A, '2017') });
  assert.equal(y.submission.state, ACCEPTED);
  assert.equal(y.submission.reportType, 'REPORT_TYPE_ANNUAL');
});

test('SubmitDailyReport: header, batches, end with count and SHA-256: accepted with every record', async () => {
  const batches = dayBatches('2018-03-15');
  const res = await daily(a, rid('daily'), header(CONTRACTOR_A, 'REPORT_TYPE_DAILY', '20180315'), batches);
  assert.ifError(res.error);
  assert.equal(res.response.submission.state, ACCEPTED);
  assert.equal(res.response.submission.recordCount, 7);
});

test('SubmitDailyReport: a wrong digest is DIGEST_MISMATCH, a wrong count INCOMPLETE_REPORT, no end INCOMPLETE_REPORT; the id stays free', async () => {
  const id = rid('daily-bad');
  const h = header(CONTRACTOR_A, 'REPORT_TYPE_DAILY', '20180316');
  const batches = dayBatches('2018-03-16');
  const good = endOf(batches);
  const digest = await daily(a, id, h, batches, { endMessage: { ...good, recordsSha256: '0'.repeat(64) } });
  assert.equal(digest.error.code, grpc.status.INVALID_ARGUMENT);
  assert.equal(digest.error.errorInfo.reason, 'DIGEST_MISMATCH');
  const count = await daily(a, id, h, batches, { endMessage: { ...good, recordCount: good.recordCount + 1 } });
  assert.equal(count.error.errorInfo.reason, 'INCOMPLETE_REPORT');
  assert.equal(count.error.errorInfo.metadata.received_records, String(good.recordCount));
  const noEnd = await daily(a, id, h, batches, { end: false });
  assert.equal(noEnd.error.errorInfo.reason, 'INCOMPLETE_REPORT');
  const ok = await daily(a, id, h, batches);
  assert.ifError(ok.error);
  assert.equal(ok.response.submission.state, ACCEPTED);
});

test('digest bytes: records with an explicitly set proto3 default (online: false) are hashed as sent and accepted', async () => {
  const h = header(CONTRACTOR_A, 'REPORT_TYPE_DAILY', '20180319');
  const batches = [{
    deviceDays: [{ device: 'dev0', site: 'site-1', date: '2018-03-19', online: false },
      { device: 'dev1', site: 'site-1', date: '2018-03-19', online: true }],
  }];
  // protobufjs writes the explicit default: the bytes differ from a canonical re-serialization,
  // which would leave `online` out of dev0.
  const without = [{ deviceDays: [{ device: 'dev0', site: 'site-1', date: '2018-03-19' },
    batches[0].deviceDays[1]] }];
  assert.equal(batchBytes(batches[0]).length, batchBytes(without[0]).length + 2);
  const asSent = await daily(a, rid('explicit-default'), h, batches);
  assert.ifError(asSent.error);
  assert.equal(asSent.response.submission.state, ACCEPTED);
  assert.equal(asSent.response.submission.recordCount, 2);
  // The digest of the canonical bytes is not that of what was sent: DIGEST_MISMATCH.
  const canonical = await daily(a, rid('canonical'), h, batches,
    { endMessage: { recordCount: 2, recordsSha256: endOf(without).recordsSha256 } });
  assert.equal(canonical.error?.errorInfo?.reason, 'DIGEST_MISMATCH');
});

test('a daily stream cancelled after its last batch stores nothing, and its retry with the same request_id succeeds', async () => {
  const id = rid('cancel');
  const h = header(CONTRACTOR_A, 'REPORT_TYPE_DAILY', '20180317');
  const batches = dayBatches('2018-03-17', { transactions: 50, perBatch: 10 });
  const cancelled = await daily(a, id, h, batches, { end: false, cancelAfterLastWrite: true });
  assert.equal(cancelled.error.code, grpc.status.CANCELLED);
  assert.equal((await listAll(a)).filter((s) => s.requestId === id).length, 0, 'nothing stored');
  const retry = await daily(a, id, h, batches);
  assert.ifError(retry.error);
  assert.equal(retry.response.submission.state, ACCEPTED);
  assert.equal(retry.response.submission.recordCount, 54);
  assert.equal((await listAll(a)).filter((s) => s.requestId === id).length, 1);
});

test('a daily stream cancelled right after its end message: stored whole or not at all, and the retry succeeds', async () => {
  const id = rid('cancel-end');
  const h = header(CONTRACTOR_A, 'REPORT_TYPE_DAILY', '20180318');
  const batches = dayBatches('2018-03-18', { transactions: 40, perBatch: 10 });
  await daily(a, id, h, batches, { cancelAfterLastWrite: true });
  const before = (await listAll(a)).filter((s) => s.requestId === id);
  assert.ok(before.length <= 1);
  if (before.length === 1) assert.equal(before[0].recordCount, 44, 'stored whole');
  const retry = await daily(a, id, h, batches);
  assert.ifError(retry.error);
  assert.equal(retry.response.submission.recordCount, 44);
  if (before.length === 1) assert.equal(retry.response.submission.name, before[0].name);
  assert.equal((await listAll(a)).filter((s) => s.requestId === id).length, 1);
});

test('a rejected report: VALIDATION_FAILED with ErrorInfo and BadRequest decoded; GetSubmission has the findings', async () => {
  const id = rid('rejected');
  const report = monthly(CONTRACTOR_A, '201803', [
    { id: 'd-neg', fund: 'fund-1', kind: 'DISBURSEMENT_KIND_PROGRESS', amountFen: '-500' }]);
  const err = await failing(a, 'submitMonthlyReport', { requestId: id, report });
  assert.equal(err.code, grpc.status.INVALID_ARGUMENT);
  assert.equal(err.errorInfo.reason, 'VALIDATION_FAILED');
  assert.equal(err.errorInfo.domain, 'epar.org');
  assert.match(err.errorInfo.metadata.submission, /^submissions\/.+/);
  assert.ok(Number(err.errorInfo.metadata.finding_count) >= 1);
  assert.ok(err.badRequest.field_violations.length >= 1);
  assert.match(err.badRequest.field_violations[0].description, /^[A-Z]+(-[A-Z0-9]+)+: /);
  const got = await unary(a, 'getSubmission', { name: err.errorInfo.metadata.submission });
  assert.equal(got.submission.state, REJECTED);
  assert.equal(got.submission.findings.length, Number(err.errorInfo.metadata.finding_count));
  // a resend gets the same rejection
  const again = await failing(a, 'submitMonthlyReport', { requestId: id, report });
  assert.equal(again.errorInfo.metadata.submission, err.errorInfo.metadata.submission);
});

test('the error message follows accept-language (zh-CN by default, en on request)', async () => {
  const zh = client(TOKEN_A, { language: 'zh-CN' });
  const report = monthly(CONTRACTOR_A, '201803', [
    { id: 'd-neg', fund: 'fund-1', kind: 'DISBURSEMENT_KIND_PROGRESS', amountFen: '-500' }]);
  const inZh = await failing(zh, 'submitMonthlyReport', { requestId: rid('zh'), report });
  const inEn = await failing(a, 'submitMonthlyReport', { requestId: rid('en'), report });
  assert.match(inZh.status.message, /[\u4e00-\u9fff]/);
  assert.doesNotMatch(inEn.status.message, /[\u4e00-\u9fff]/);
  zh.close();
});

test('an oversized rejection (long ids and values, many findings) arrives intact and the channel serves the next call', async () => {
  const long = 'x'.repeat(300);
  const disbursements = [];
  for (let i = 0; i < 60; i++) {
    disbursements.push({ id: `${long}-${i}`, fund: `${long}-fund`, allocation: long,
      kind: 'DISBURSEMENT_KIND_PROGRESS', amountFen: String(-1 - i), payee: CONTRACTOR_B });
  }
  const err = await failing(a, 'submitMonthlyReport', {
    requestId: rid('oversized'), report: monthly(CONTRACTOR_A, '201803', disbursements) });
  assert.equal(err.code, grpc.status.INVALID_ARGUMENT, err.message);
  assert.equal(err.errorInfo.reason, 'VALIDATION_FAILED');
  assert.match(err.errorInfo.metadata.submission, /^submissions\/.+/);
  assert.ok(err.detailsBytes > 0 && err.detailsBytes < 4096, `details ${err.detailsBytes} bytes`);
  assert.ok(Number(err.errorInfo.metadata.finding_count) > err.badRequest.field_violations.length - 1);
  for (const v of err.badRequest.field_violations) {
    assert.ok(v.field.length <= 130 && v.description.length <= 201, JSON.stringify(v));
  }
  const got = await unary(a, 'getSubmission', { name: err.errorInfo.metadata.submission });
  assert.equal(got.submission.findings.length, Number(err.errorInfo.metadata.finding_count));
  const next = await unary(a, 'listSubmissions', { pageSize: 1 });
  assert.equal(next.submissions.length, 1);
});

test('a 1,000,000-digit decimal is MALFORMED_FIELD naming the field, never the value', async () => {
  const report = monthly(CONTRACTOR_A, '201803');
  report.progress.construction = '1'.repeat(1_000_000);
  const err = await failing(a, 'submitMonthlyReport', { requestId: rid('digits'), report });
  assert.equal(err.code, grpc.status.INVALID_ARGUMENT);
  assert.equal(err.errorInfo.reason, 'MALFORMED_FIELD');
  assert.ok(err.badRequest.field_violations.some((v) => v.field.includes('construction')));
  assert.ok(!err.status.message.includes('1111111'));
});

test('GetSubmission: own submission found; unknown, malformed and another contractor\'s are refused', async () => {
  const res = await unary(a, 'submitMonthlyReport', { requestId: rid('get'),
    report: monthly(CONTRACTOR_A, '201803') });
  const got = await unary(a, 'getSubmission', { name: res.submission.name });
  assert.equal(got.submission.name, res.submission.name);
  assert.equal(got.submission.reporter, CONTRACTOR_A);
  const foreign = await failing(b, 'getSubmission', { name: res.submission.name });
  assert.equal(foreign.code, grpc.status.NOT_FOUND);
  assert.equal(foreign.errorInfo.reason, 'SUBMISSION_NOT_FOUND');
  const bad = await failing(a, 'getSubmission', { name: 'nope' });
  assert.equal(bad.errorInfo.reason, 'INVALID_NAME');
});

test('ListSubmissions: pages oldest first, every submission once; forged and foreign page tokens are INVALID_PAGE_TOKEN', async () => {
  for (let i = 0; i < 3; i++) {
    await unary(b, 'submitMonthlyReport', { requestId: rid(`list-${i}`),
      report: monthly(CONTRACTOR_B, '201803') });
  }
  const pages = [];
  let token = '';
  do {
    const page = await unary(b, 'listSubmissions', { pageSize: 1, pageToken: token });
    assert.ok(page.submissions.length <= 1);
    pages.push(...page.submissions);
    token = page.nextPageToken;
  } while (token);
  assert.ok(pages.length >= 3);
  assert.equal(new Set(pages.map((s) => s.name)).size, pages.length, 'no submission twice');
  assert.ok(pages.every((s) => s.reporter === CONTRACTOR_B), 'only the caller\'s');
  const first = await unary(b, 'listSubmissions', { pageSize: 1 });
  assert.ok(first.nextPageToken);
  const forged = await failing(b, 'listSubmissions', { pageSize: 1,
    pageToken: Buffer.from('v1|0').toString('base64url') });
  assert.equal(forged.code, grpc.status.INVALID_ARGUMENT);
  assert.equal(forged.errorInfo.reason, 'INVALID_PAGE_TOKEN');
  const edited = first.nextPageToken.slice(0, -2) + (first.nextPageToken.endsWith('AA') ? 'AB' : 'AA');
  assert.equal((await failing(b, 'listSubmissions', { pageSize: 1, pageToken: edited }))
    .errorInfo.reason, 'INVALID_PAGE_TOKEN');
  const foreign = await failing(a, 'listSubmissions', { pageSize: 1, pageToken: first.nextPageToken });
  assert.equal(foreign.errorInfo.reason, 'INVALID_PAGE_TOKEN');
  const negative = await failing(b, 'listSubmissions', { pageSize: -1 });
  assert.equal(negative.errorInfo.reason, 'INVALID_PAGE_SIZE');
});

test('authentication and scopes: unknown token UNAUTHENTICATED_TOKEN, read-only token MISSING_SCOPE, another reporter REPORTER_MISMATCH', async () => {
  const stranger = client('not-a-token');
  const unauth = await failing(stranger, 'listSubmissions', { pageSize: 1 });
  assert.equal(unauth.code, grpc.status.UNAUTHENTICATED);
  assert.equal(unauth.errorInfo.reason, 'UNAUTHENTICATED_TOKEN');
  const reader = client(TOKEN_READ);
  const scope = await failing(reader, 'submitMonthlyReport', { requestId: rid('scope'),
    report: monthly(CONTRACTOR_A, '201803') });
  assert.equal(scope.code, grpc.status.PERMISSION_DENIED);
  assert.equal(scope.errorInfo.reason, 'MISSING_SCOPE');
  assert.ok((await unary(reader, 'listSubmissions', { pageSize: 1 })).submissions);
  const mismatch = await failing(a, 'submitMonthlyReport', { requestId: rid('mismatch'),
    report: monthly(CONTRACTOR_B, '201803') });
  assert.equal(mismatch.errorInfo.reason, 'REPORTER_MISMATCH');
  const badId = await failing(a, 'submitMonthlyReport', { requestId: 'has space',
    report: monthly(CONTRACTOR_A, '201803') });
  assert.equal(badId.errorInfo.reason, 'INVALID_REQUEST_ID');
  stranger.close();
  reader.close();
});

test('GetAssessment: a county token reads its county; a contractor token is NOT_ALLOWED_TO_ASSESS', async () => {
  const asOf = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10); // today in China
  const county = client(TOKEN_COUNTY);
  const res = await unary(county, 'getAssessment', { county: '130425', asOf });
  assert.match(res.assessment.county, /^130425/);
  assert.equal(res.assessment.asOf, asOf);
  assert.ok(res.assessment.submissionsRead > 0, 'the suite submitted accepted reports for 130425');
  const refused = await failing(a, 'getAssessment', { county: '130425', asOf });
  assert.equal(refused.code, grpc.status.PERMISSION_DENIED);
  assert.equal(refused.errorInfo.reason, 'NOT_ALLOWED_TO_ASSESS');
  const other = await failing(county, 'getAssessment', { county: '130424', asOf });
  assert.equal(other.errorInfo.reason, 'NOT_ALLOWED_TO_ASSESS');
});

test('ListCountyAssessments: a province token lists its counties; a county token is NOT_ALLOWED_TO_ASSESS', async () => {
  const province = client(TOKEN_PROVINCE);
  const page = await unary(province, 'listCountyAssessments', { pageSize: 10 });
  assert.equal(page.counties.length, 1);
  assert.match(page.counties[0].county, /^130425/);
  assert.equal(page.nextPageToken, '');
  const refused = await failing(client(TOKEN_COUNTY), 'listCountyAssessments', { pageSize: 10 });
  assert.equal(refused.code, grpc.status.PERMISSION_DENIED);
  assert.equal(refused.errorInfo.reason, 'NOT_ALLOWED_TO_ASSESS');
});
