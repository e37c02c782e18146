-- EPAR submission store: the first and last day of each submission's reporting period, for the
-- period-range filter of ListSubmissions (a period lies in a range when both days do). Rows stored
-- before V3 read NULL here until the store fills them in from their period id on start
-- (JdbcSubmissionStore); listing pages by id, so no index is added (every insert pays for one).
ALTER TABLE epar_submission ADD COLUMN period_start DATE;
ALTER TABLE epar_submission ADD COLUMN period_end DATE;

-- nothing reads by (contractor, report_type, period): every listing pages along the primary key
-- or the division index and filters there, so this index only cost each insert
DROP INDEX epar_submission_period_ix;
