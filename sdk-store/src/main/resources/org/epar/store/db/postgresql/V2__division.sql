-- EPAR submission store, PostgreSQL: the division the report covers (its header's scope, 12
-- digits; '' when it has none), for the county and province roles and the assessment. Rows stored
-- before V2 read NULL here until the store fills them in from their report on start
-- (JdbcSubmissionStore). Byte order (COLLATE "C") so a prefix LIKE uses the index.
ALTER TABLE epar_submission ADD COLUMN division VARCHAR(12) COLLATE "C";

CREATE INDEX epar_submission_division_ix ON epar_submission (division, id, contractor);
