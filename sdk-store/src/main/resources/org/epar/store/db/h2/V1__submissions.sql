-- EPAR submission store, H2 2.x (the embedded default). Same table as the PostgreSQL schema; H2
-- compares VARCHAR in Java's String order already.
CREATE TABLE epar_submission (
  contractor      VARCHAR(256) NOT NULL,
  id              VARCHAR(64)  NOT NULL,
  request_id      VARCHAR(128) NOT NULL,
  content_sha256  VARCHAR(64)  NOT NULL,
  report_type     VARCHAR(16)  NOT NULL,
  period          VARCHAR(32)  NOT NULL,
  state           VARCHAR(16)  NOT NULL,
  timeliness      VARCHAR(16)  NOT NULL,
  deadline        DATE         NOT NULL,
  received_at     TIMESTAMP(9) WITH TIME ZONE NOT NULL,
  received_nano   INTEGER      NOT NULL,
  record_count    INTEGER      NOT NULL,
  finding_count   INTEGER      NOT NULL,
  findings        CHARACTER LARGE OBJECT NOT NULL,
  report_format   VARCHAR(64)  NOT NULL,
  report          BINARY LARGE OBJECT NOT NULL,
  CONSTRAINT epar_submission_pk PRIMARY KEY (contractor, id),
  CONSTRAINT epar_submission_request_uq UNIQUE (contractor, request_id)
);

CREATE INDEX epar_submission_period_ix ON epar_submission (contractor, report_type, period);
