-- EPAR assessment checkpoints (postgresql): per county, the rule states of its last assessment over its
-- stored submissions (org.epar.assessment.CountyAssessor, JdbcCheckpointStore), so that the next
-- assessment reads only the submissions stored since. The bytes are versioned by the assessor; a
-- stale or lost row only costs a full re-reading. Like epar_submission.report, the states may hold
-- personal data (citizen ids kept to detect duplicates): protect the table as that one.
CREATE TABLE epar_assessment_checkpoint (
  -- the 6-digit county code
  county      VARCHAR(6) NOT NULL,
  saved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  checkpoint  BYTEA NOT NULL,
  CONSTRAINT epar_assessment_checkpoint_pk PRIMARY KEY (county)
);
