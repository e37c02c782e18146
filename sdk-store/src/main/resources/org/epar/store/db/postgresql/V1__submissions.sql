-- EPAR submission store, PostgreSQL. One row per stored submission: the report as received (the
-- official record) and the server's outcome. Written once, never updated.
CREATE TABLE epar_submission (
  -- the contractor's unified social credit code as authenticated (CreditCode.raw)
  contractor      VARCHAR(256) NOT NULL,
  -- the server-assigned id; byte order (COLLATE "C") so pages follow Java's String order
  id              VARCHAR(64) COLLATE "C" NOT NULL,
  request_id      VARCHAR(128) NOT NULL,
  content_sha256  VARCHAR(64)  NOT NULL,
  report_type     VARCHAR(16)  NOT NULL,
  period          VARCHAR(32)  NOT NULL,
  state           VARCHAR(16)  NOT NULL,
  timeliness      VARCHAR(16)  NOT NULL,
  deadline        DATE         NOT NULL,
  -- receive time to the microsecond; received_nano keeps the exact nanosecond of that second
  received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  received_nano   INTEGER      NOT NULL,
  record_count    INTEGER      NOT NULL,
  finding_count   INTEGER      NOT NULL,
  -- the validation findings, a JSON array (rule ids, locations, messages; never personal data)
  findings        TEXT         NOT NULL,
  -- the protobuf message type of report, e.g. epar.v1.DailyReport
  report_format   VARCHAR(64)  NOT NULL,
  -- the report: deterministic protobuf bytes; personal data (citizen ids, names, phones)
  report          BYTEA        NOT NULL,
  CONSTRAINT epar_submission_pk PRIMARY KEY (contractor, id),
  -- put-if-absent: one submission per contractor and request id, across every replica
  CONSTRAINT epar_submission_request_uq UNIQUE (contractor, request_id)
);

-- what a county filters by: report type, period, state, timeliness
CREATE INDEX epar_submission_period_ix ON epar_submission (contractor, report_type, period);
