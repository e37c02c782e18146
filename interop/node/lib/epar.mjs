// Shared helpers of the interop suite: the epar.v1 client from the repository's .proto files
// (@grpc/proto-loader), google.rpc.Status decoding, the end-of-report digest, report builders.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import grpc from '@grpc/grpc-js';
import protoLoader from '@grpc/proto-loader';
import protobuf from 'protobufjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const PROTO_ROOT = path.resolve(here, '../../../sdk-grpc/src/main/proto');
const SERVICE_PROTO = 'epar/v1/reporting_service.proto';

/** Where `run.sh` started `epar serve`, and the tokens it wrote. */
export const TARGET = process.env.EPAR_TARGET ?? '127.0.0.1:8980';
export const TOKEN_A = process.env.EPAR_TOKEN_A ?? 'tok-a';
export const TOKEN_B = process.env.EPAR_TOKEN_B ?? 'tok-b';
export const TOKEN_READ = process.env.EPAR_TOKEN_READ ?? 'tok-a-read';
export const TOKEN_COUNTY = process.env.EPAR_TOKEN_COUNTY ?? 'tok-county';
export const TOKEN_PROVINCE = process.env.EPAR_TOKEN_PROVINCE ?? 'tok-province';
export const CONTRACTOR_A = process.env.EPAR_CONTRACTOR_A ?? '91130425MA0A1B2C3P';
export const CONTRACTOR_B = process.env.EPAR_CONTRACTOR_B ?? '91130425MA0A1B2C4T';
export const DAMING = '130425';

const definition = protoLoader.loadSync(SERVICE_PROTO, {
  includeDirs: [PROTO_ROOT], keepCase: false, longs: String, enums: String, defaults: true,
  oneofs: true,
});
const loaded = grpc.loadPackageDefinition(definition);
const ReportingService = loaded.epar.v1.ReportingService;

// The same messages through protobufjs, to serialize a batch exactly as grpc-js sends it.
const root = new protobuf.Root();
root.resolvePath = (_origin, target) => path.join(PROTO_ROOT, target);
root.loadSync(SERVICE_PROTO, { keepCase: false });
const DailyRecordBatch = root.lookupType('epar.v1.DailyRecordBatch');

// google.rpc.Status, ErrorInfo and BadRequest: the few fields read here (field numbers of
// googleapis' google/rpc/status.proto and error_details.proto).
const rpc = protobuf.parse(`
  syntax = "proto3";
  package google.rpc;
  message Any { string type_url = 1; bytes value = 2; }
  message Status { int32 code = 1; string message = 2; repeated Any details = 3; }
  message ErrorInfo { string reason = 1; string domain = 2; map<string, string> metadata = 3; }
  message BadRequest {
    message FieldViolation { string field = 1; string description = 2; }
    repeated FieldViolation field_violations = 1;
  }`, { keepCase: true }).root;
const Status = rpc.lookupType('google.rpc.Status');
const ErrorInfo = rpc.lookupType('google.rpc.ErrorInfo');
const BadRequest = rpc.lookupType('google.rpc.BadRequest');

/**
 * A client of `epar serve` over plaintext loopback with its own channel; each call carries the
 * bearer token and the language in its metadata (grpc-js call credentials need TLS).
 */
export function client(token, { language = 'en' } = {}) {
  const c = new ReportingService(TARGET, grpc.credentials.createInsecure());
  c.eparMetadata = () => {
    const md = new grpc.Metadata();
    md.set('authorization', `Bearer ${token}`);
    md.set('accept-language', language);
    return md;
  };
  return c;
}

/** A unary call as a promise: resolves the response, rejects with the grpc-js error. */
export function unary(c, method, request, { deadlineMs = 20_000 } = {}) {
  return new Promise((resolve, reject) => {
    c[method](request, c.eparMetadata(), { deadline: Date.now() + deadlineMs },
      (err, res) => (err ? reject(err) : resolve(res)));
  });
}

/** A unary call expected to fail: resolves the error with its decoded details. */
export async function failing(c, method, request) {
  try {
    const res = await unary(c, method, request);
    throw new Error(`${method} succeeded but should fail: ${JSON.stringify(res)}`);
  } catch (err) {
    if (err.code === undefined) throw err;
    return withDetails(err);
  }
}

/** Adds `status`, `errorInfo` and `badRequest` decoded from `grpc-status-details-bin`. */
export function withDetails(err) {
  const bin = err.metadata?.get('grpc-status-details-bin') ?? [];
  err.detailsBytes = bin.length ? bin[0].length : 0;
  if (bin.length) {
    const status = Status.decode(bin[0]);
    err.status = status;
    for (const any of status.details) {
      if (any.type_url.endsWith('/google.rpc.ErrorInfo')) err.errorInfo = ErrorInfo.decode(any.value);
      if (any.type_url.endsWith('/google.rpc.BadRequest')) err.badRequest = BadRequest.decode(any.value);
    }
  }
  return err;
}

/** The bytes of a batch exactly as grpc-js sends it (proto-loader encodes with protobufjs). */
export function batchBytes(batch) {
  return DailyRecordBatch.encode(DailyRecordBatch.fromObject(batch)).finish();
}

/**
 * The end message of a daily stream: the record count and the SHA-256 over the batches' bytes as
 * sent, in order (docs/protocol.md): no canonical form, whatever fields the client library writes.
 */
export function endOf(batches) {
  const hash = createHash('sha256');
  let count = 0;
  for (const b of batches) {
    hash.update(batchBytes(b));
    count += (b.transactions?.length ?? 0) + (b.shipments?.length ?? 0) + (b.deviceDays?.length ?? 0);
  }
  return { recordCount: count, recordsSha256: hash.digest('hex') };
}

/**
 * Sends a daily stream: the header message, the batches, and the end (unless `end: false`).
 * `cancelAfterLastWrite` cancels the call right after the last write, as issue 12 describes.
 * Resolves { response } or { error }.
 */
export function daily(c, requestId, header, batches, { end = true, cancelAfterLastWrite = false,
  validateOnly = false, endMessage } = {}) {
  return new Promise((resolve) => {
    const call = c.submitDailyReport(c.eparMetadata(), { deadline: Date.now() + 30_000 },
      (err, res) => resolve(err ? { error: withDetails(err) } : { response: res }));
    call.write({ requestId, validateOnly, header });
    for (const b of batches) call.write({ batch: b });
    if (end) call.write({ end: endMessage ?? endOf(batches) });
    if (cancelAfterLastWrite) {
      call.end();
      call.cancel();
    } else {
      call.end();
    }
  });
}

/** An annual report that daming-2017 accepts: every part of the self-evaluation written. */
export function annual(reporter, year) {
  return { header: header(reporter, 'REPORT_TYPE_ANNUAL', year), summary: 'annual summary',
    indicators: { training_rate: '0.82' },
    selfEvaluation: { implementation: '实施情况', fundInputAndUse: '资金投入和使用',
      systems: '制度建设', targetCompletion: '目标完成', fundReporting: '资金报送' } };
}

export function header(reporter, type, period) {
  return { reporter, scope: DAMING, type, period };
}

/** A day's records: transactions, shipments and device days of `day` (YYYY-MM-DD). */
export function dayBatches(day, { transactions = 3, shipments = 2, devices = 2, perBatch = 2 } = {}) {
  const records = [];
  for (let i = 0; i < transactions; i++) {
    records.push(['transactions', { id: `t${i}`, site: 'site-1', date: day,
      direction: 'DIRECTION_UPWARD', amountFen: String(1000 + i), orders: 1 }]);
  }
  for (let i = 0; i < shipments; i++) {
    records.push(['shipments', { id: `s${i}`, fromSite: 'site-1', toSite: 'site-2',
      carrier: CONTRACTOR_B, direction: 'DIRECTION_DOWNWARD', dispatchedOn: day, priceFen: '500' }]);
  }
  for (let i = 0; i < devices; i++) {
    records.push(['deviceDays', { device: `dev${i}`, site: 'site-1', date: day, online: i % 2 === 0 }]);
  }
  const batches = [];
  for (let i = 0; i < records.length; i += perBatch) {
    const b = {};
    for (const [kind, r] of records.slice(i, i + perBatch)) (b[kind] ??= []).push(r);
    batches.push(b);
  }
  return batches;
}

export function monthly(reporter, period, disbursements = []) {
  return { header: header(reporter, 'REPORT_TYPE_MONTHLY', period),
    progress: { construction: '0.60', disbursement: '0.50' }, disbursements };
}

/** A unique request id for this run, so the suite can run twice against one server. */
export function rid(name) {
  return `${name}-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Every submission the caller can list, following next_page_token. */
export async function listAll(c, pageSize = 50) {
  const all = [];
  let token = '';
  do {
    const page = await unary(c, 'listSubmissions', { pageSize, pageToken: token });
    all.push(...page.submissions);
    token = page.nextPageToken;
  } while (token);
  return all;
}
