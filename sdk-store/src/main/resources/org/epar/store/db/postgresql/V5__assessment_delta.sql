-- EPAR assessment state deltas (postgresql): per county, the rule states of the submissions each
-- assessment read since the county's checkpoint (epar_assessment_checkpoint), appended in order
-- (org.epar.assessment.CountyAssessor, JdbcCheckpointStore), so that an assessment after one new
-- report writes a delta of that report instead of rewriting the checkpoint; saving a checkpoint
-- deletes the county's deltas. Versioned by the assessor; a stale or lost row only costs a full
-- re-reading. May hold personal data like epar_submission.report: protect the table as that one.
CREATE TABLE epar_assessment_delta (
  -- the 6-digit county code
  county      VARCHAR(6) NOT NULL,
  -- the order of the deltas of a county, from 1
  seq         BIGINT NOT NULL,
  saved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  delta       BYTEA NOT NULL,
  CONSTRAINT epar_assessment_delta_pk PRIMARY KEY (county, seq)
);
