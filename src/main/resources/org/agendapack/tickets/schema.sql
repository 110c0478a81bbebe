-- The tickets dataset is never staged row by row: each chunk of an export adds its counts here, in the chunk's
-- transaction, one row per month, organisation and kind (P1, P2, P3, SR). A month's row says how many tickets
-- were logged in it, resolved in it (and of those, within their SLA), and open at its end.
CREATE MEMORY TABLE IF NOT EXISTS ticket_count (
  build_id BIGINT NOT NULL,
  month CHAR(7) NOT NULL,
  organisation VARCHAR(200) NOT NULL,
  kind CHAR(2) NOT NULL,
  logged BIGINT NOT NULL,
  resolved BIGINT NOT NULL,
  resolved_in_sla BIGINT NOT NULL,
  open_at_end BIGINT NOT NULL,
  PRIMARY KEY (build_id, month, organisation, kind)
);
