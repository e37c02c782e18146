package org.epar.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.ReportStatus;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.core.period.Timeliness;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.grpc.spi.SubmissionFilter;
import org.epar.grpc.spi.SubmissionKey;
import org.epar.grpc.spi.SubmissionStore;
import org.epar.store.internal.Dialect;
import org.epar.store.internal.RowCodec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SubmissionStore} on a relational database: PostgreSQL, or H2 (file mode, the embedded
 * default). Build one with {@link SubmissionStores}, which migrates the schema first.
 *
 * <pre>{@code
 * try (JdbcSubmissionStore store = SubmissionStores.h2(Path.of("epar-data"))) {
 *   EparServer server = EparServer.builder().store(store) ... .build().start();
 * }
 * }</pre>
 *
 * <p><b>What a row keeps.</b> The whole report as received, as deterministic protobuf bytes (the
 * official record: the bytes {@code content_sha256} is computed over), its findings, state,
 * timeliness, deadline, content hash, request id, record count and receive time (to the
 * nanosecond).
 *
 * <p><b>Semantics.</b> When {@link #putIfAbsent} returns, the row is committed and every other
 * store on the same database (another replica) sees it; a crash before the commit leaves nothing.
 * Concurrent submissions share a commit (group commit): writer threads insert the submissions that
 * wait as one batch in one transaction and answer each caller after that commit; a row the batch
 * could not store is inserted again alone, in its own transaction. Put-if-absent is the database's
 * unique constraint on (contractor, request id), not a Java lock, so it holds across processes: on
 * a conflict the submission already stored is returned and the server compares contents. If another
 * replica took the same submission id for the same contractor (two servers drew it in the same
 * millisecond), the submission is stored under the next free id and returned with that id. {@link
 * #list} pages by key ({@code id > ?}, no {@code OFFSET}, filters in the same query), so a page
 * never repeats or skips a row because rows arrived meanwhile.
 *
 * <p>Thread-safe. Logs submission ids and SQLSTATEs only, never report content.
 *
 * @since 0.1.0
 */
public final class JdbcSubmissionStore implements SubmissionStore, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcSubmissionStore.class);

  /** Longest contractor code (raw text) the store keeps. */
  public static final int MAX_CONTRACTOR_LENGTH = 256;

  /** Longest submission id the store keeps. */
  public static final int MAX_ID_LENGTH = 64;

  /** Longest request id the store keeps: the protocol's limit. */
  public static final int MAX_REQUEST_ID_LENGTH = 128;

  /** Longest period id the store keeps. */
  public static final int MAX_PERIOD_LENGTH = 32;

  /** SQLSTATE of a unique violation, on PostgreSQL and H2 alike. */
  private static final String UNIQUE_VIOLATION = "23505";

  /** How many ids {@link #putIfAbsent} tries when other replicas hold the ones before. */
  private static final int MAX_ID_ATTEMPTS = 64;

  private static final String COLUMNS =
      "contractor, id, request_id, content_sha256, report_type,"
          + " period, state, timeliness, deadline, received_at, received_nano, record_count,"
          + " finding_count, findings, report_format, report, division, period_start, period_end";
  private static final String SELECT = "SELECT " + COLUMNS + " FROM epar_submission";

  private final DataSource dataSource;
  private final Dialect dialect;
  private final String insert;
  private final @Nullable AutoCloseable owned;
  private final @Nullable GroupCommit writer;

  JdbcSubmissionStore(
      DataSource dataSource, Dialect dialect, @Nullable AutoCloseable owned, int maxBatch) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.dialect = Objects.requireNonNull(dialect, "dialect");
    this.owned = owned;
    this.insert =
        "INSERT INTO epar_submission ("
            + COLUMNS
            + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + dialect.onConflict();
    // PostgreSQL: several writers, so one batch's inserts run while another waits for its WAL
    // flush (which PostgreSQL then shares between them); H2 writes one file: one writer
    this.writer =
        maxBatch > 1 ? new GroupCommit(maxBatch, dialect == Dialect.POSTGRESQL ? 3 : 1) : null;
  }

  /**
   * Group commit: a writer thread takes the rows that wait, inserts them as one JDBC batch in one
   * transaction and commits; only then is each caller answered, so every acknowledged row is
   * committed, and one commit (one WAL flush on PostgreSQL, one file write on H2) serves every
   * submission that arrived while the previous batch committed. A row the batch did not store (its
   * request id or id taken, or the batch failed and was rolled back) is answered {@code false} and
   * stored by its caller one by one, where conflicts are resolved row by row.
   */
  private final class GroupCommit {

    private record Pending(Row row, CompletableFuture<Boolean> done) {}

    private static final Comparator<Pending> BATCH_ORDER =
        Comparator.comparing((Pending p) -> p.row().s().contractor().raw())
            .thenComparing(p -> p.row().s().requestId())
            .thenComparing(p -> p.row().s().id());

    private final int maxBatch;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private boolean closed; // guarded by this

    GroupCommit(int maxBatch, int writers) {
      this.maxBatch = maxBatch;
      for (int i = 0; i < writers; i++) {
        Thread t = new Thread(this::run, "epar-store-group-commit-" + i);
        t.setDaemon(true);
        threads.add(t);
        t.start();
      }
    }

    /** Waits until the row's batch committed: true if the batch stored it. */
    boolean store(Row row) {
      Pending p = new Pending(row, new CompletableFuture<>());
      synchronized (this) {
        if (closed) {
          throw new StoreException(
              "the submission store is closed", "", new IllegalStateException("closed"));
        }
        queue.add(p);
      }
      try {
        return p.done().join(); // uninterruptible: the answer must follow the commit
      } catch (CompletionException e) {
        if (e.getCause() instanceof StoreException se) {
          throw se;
        }
        throw e;
      }
    }

    private void run() {
      List<Pending> batch = new ArrayList<>(maxBatch);
      while (true) {
        Pending first;
        try {
          first = queue.poll(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          first = null;
        }
        if (first == null) {
          synchronized (this) {
            if (closed && queue.isEmpty()) {
              return;
            }
          }
          continue;
        }
        batch.clear();
        batch.add(first);
        queue.drainTo(batch, maxBatch - 1);
        // one order of keys for every batch: two writers (or replicas) inserting the same request
        // ids then wait for each other in that order and never deadlock
        batch.sort(BATCH_ORDER);
        try {
          commit(batch);
        } catch (RuntimeException | Error e) {
          for (Pending p : batch) {
            p.done().completeExceptionally(e);
          }
        }
      }
    }

    private void commit(List<Pending> batch) {
      Connection c;
      try {
        c = dataSource.getConnection();
      } catch (SQLException e) {
        StoreException failure = failure("storing " + batch.size() + " submissions", e);
        batch.forEach(p -> p.done().completeExceptionally(failure));
        return;
      }
      boolean[] stored = new boolean[batch.size()];
      try (c) {
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(insert)) {
          for (Pending p : batch) {
            bind(ps, p.row());
            ps.addBatch();
          }
          int[] counts = ps.executeBatch();
          c.commit();
          for (int i = 0; i < stored.length; i++) {
            stored[i] = i < counts.length && counts[i] == 1;
          }
        } catch (SQLException e) {
          // a conflict (H2 has no ON CONFLICT; another replica's id) or a failure: nothing of
          // this batch is kept, each row is stored again alone by its caller
          LOG.debug(
              "a batch of {} submissions was rolled back (SQLSTATE {})",
              batch.size(),
              e.getSQLState());
          Arrays.fill(stored, false);
          try {
            c.rollback();
          } catch (SQLException ignored) {
            // the connection is closed below; an uncommitted transaction ends with it
          }
        } finally {
          c.setAutoCommit(true);
        }
      } catch (SQLException e) {
        // closing or resetting the connection failed after the outcome was known: keep it
        LOG.debug("resetting a store connection failed (SQLSTATE {})", e.getSQLState());
      }
      for (int i = 0; i < stored.length; i++) {
        batch.get(i).done().complete(stored[i]);
      }
    }

    /** Stops taking rows, stores those that wait and ends the threads. */
    void close() {
      synchronized (this) {
        closed = true;
      }
      for (Thread t : threads) {
        try {
          t.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /**
   * Stores the submission unless the contractor already has one with its request id; the row is
   * committed when this returns.
   *
   * @param submission the submission
   * @return {@code submission} itself if it was stored under its id; a copy with another id if a
   *     replica held that id; else the submission already stored under its request id
   * @throws IllegalArgumentException if a key is longer than the store keeps ({@link
   *     #MAX_CONTRACTOR_LENGTH}, {@link #MAX_ID_LENGTH}, {@link #MAX_REQUEST_ID_LENGTH}, {@link
   *     #MAX_PERIOD_LENGTH}) or the id is empty; nothing is stored
   * @throws StoreException if the database fails; nothing is stored
   */
  @Override
  public StoredSubmission putIfAbsent(StoredSubmission submission) {
    checkKeys(submission);
    Message message = RowCodec.message(submission.report());
    byte[] report = RowCodec.bytes(message);
    String format = message.getDescriptorForType().getFullName();
    String findings = RowCodec.findings(submission.findings());
    Row row = new Row(submission, format, report, findings);
    if (writer != null && writer.store(row)) {
      return submission; // committed with its batch
    }
    // not stored by the batch (its request id or id is taken, or the batch failed): one by one
    StoredSubmission candidate = submission;
    for (int attempt = 0; attempt < MAX_ID_ATTEMPTS; attempt++) {
      try {
        if (insert(new Row(candidate, format, report, findings))) {
          return candidate;
        }
      } catch (SQLException e) {
        if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
          throw failure("storing submission " + candidate.id(), e);
        }
      }
      // the request id is taken (keep what is there), or else the id is (take the next one)
      Optional<StoredSubmission> earlier =
          findByRequestId(submission.contractor(), submission.requestId());
      if (earlier.isPresent()) {
        return earlier.get();
      }
      String next = nextId(submission.id(), attempt);
      LOG.info("submission id {} is taken by another replica; storing as {}", candidate.id(), next);
      candidate = candidate.withId(next);
    }
    throw new StoreException(
        "no free submission id after " + MAX_ID_ATTEMPTS + " attempts from " + submission.id(),
        "",
        new IllegalStateException("submission ids exhausted"));
  }

  /** A submission encoded for its row. */
  private record Row(StoredSubmission s, String format, byte[] report, String findings) {}

  private boolean insert(Row row) throws SQLException {
    try (Connection c = connection();
        PreparedStatement ps = c.prepareStatement(insert)) {
      bind(ps, row);
      return ps.executeUpdate() == 1; // autocommit: committed when this returns
    }
  }

  private static void bind(PreparedStatement ps, Row row) throws SQLException {
    StoredSubmission s = row.s();
    Instant at = s.receivedAt();
    ps.setString(1, s.contractor().raw());
    ps.setString(2, s.id());
    ps.setString(3, s.requestId());
    ps.setString(4, s.contentSha256());
    ps.setString(5, s.type().name());
    ps.setString(6, s.period());
    ps.setString(7, s.status().name());
    ps.setString(8, s.timeliness().name());
    ps.setObject(9, s.deadline());
    ps.setObject(10, OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
    ps.setInt(11, at.getNano());
    ps.setInt(12, s.recordCount());
    ps.setInt(13, s.findings().size());
    ps.setString(14, row.findings());
    ps.setString(15, row.format());
    ps.setBytes(16, row.report());
    ps.setString(17, s.division());
    Optional<ReportingPeriod> period = ReportingPeriod.tryParse(s.period());
    ps.setObject(18, period.map(ReportingPeriod::start).orElse(null), Types.DATE);
    ps.setObject(19, period.map(ReportingPeriod::end).orElse(null), Types.DATE);
  }

  private static void checkKeys(StoredSubmission s) {
    if (s.id().isEmpty()) {
      throw new IllegalArgumentException("the submission id is empty");
    }
    checkLength("contractor", s.contractor().raw(), MAX_CONTRACTOR_LENGTH);
    checkLength("id", s.id(), MAX_ID_LENGTH);
    checkLength("requestId", s.requestId(), MAX_REQUEST_ID_LENGTH);
    checkLength("period", s.period(), MAX_PERIOD_LENGTH);
    checkLength("contentSha256", s.contentSha256(), 64);
  }

  private static void checkLength(String field, String value, int max) {
    if (value.length() > max) {
      throw new IllegalArgumentException(
          field + " has " + value.length() + " characters; the store keeps at most " + max);
    }
  }

  /**
   * The id to try after {@code attempt + 1} ids starting at {@code id} were taken: the next
   * hexadecimal number of the same width (the server's ids are 16 hex digits, and sort where the
   * submission arrived), else {@code id} with a suffix {@code .N}.
   */
  static String nextId(String id, int attempt) {
    boolean hex = id.chars().allMatch(ch -> ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f');
    if (hex && id.length() <= 16) {
      long start = Long.parseUnsignedLong(id, 16);
      long value = start + attempt + 1;
      String next = Long.toHexString(value);
      if (Long.compareUnsigned(value, start) > 0 && next.length() <= id.length()) {
        return "0".repeat(id.length() - next.length()) + next;
      }
    }
    String base = id.length() > MAX_ID_LENGTH - 4 ? id.substring(0, MAX_ID_LENGTH - 4) : id;
    return base + "." + Integer.toString(attempt + 1, 36);
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails or the stored row cannot be read
   */
  @Override
  public Optional<StoredSubmission> findByRequestId(CreditCode contractor, String requestId) {
    return one(
        SELECT + " WHERE contractor = ? AND request_id = ?",
        contractor,
        requestId,
        "reading request id");
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails or the stored row cannot be read
   */
  @Override
  public Optional<StoredSubmission> get(CreditCode contractor, String id) {
    return one(SELECT + " WHERE contractor = ? AND id = ?", contractor, id, "reading submission");
  }

  private Optional<StoredSubmission> one(
      String sql, CreditCode contractor, String key, String what) {
    try (Connection c = connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, contractor.raw());
      ps.setString(2, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(row(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Pages by key: {@code WHERE id > afterId ORDER BY id LIMIT limit}; {@code afterId} need not
   * be a stored id.
   *
   * @throws IllegalArgumentException if {@code limit} is less than 1
   * @throws StoreException if the database fails or a stored row cannot be read
   */
  @Override
  public List<StoredSubmission> list(CreditCode contractor, @Nullable String afterId, int limit) {
    return list(contractor, SubmissionFilter.ANY, afterId, limit);
  }

  /**
   * {@inheritDoc}
   *
   * <p>One query: {@code WHERE contractor = ? AND id > ?} and the filter's conditions on the {@code
   * period_start}, {@code period_end}, {@code report_type}, {@code state} and {@code timeliness}
   * columns, {@code ORDER BY id LIMIT limit}: a page by key along the primary key.
   *
   * @throws StoreException if the database fails or a stored row cannot be read
   */
  @Override
  public List<StoredSubmission> list(
      CreditCode contractor, SubmissionFilter filter, @Nullable String afterId, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder(SELECT).append(" WHERE contractor = ?");
    args.add(contractor.raw());
    if (afterId != null) {
      sql.append(" AND id > ?");
      args.add(afterId);
    }
    where(filter, sql, args);
    sql.append(" ORDER BY id LIMIT ?");
    args.add(limit);
    return query(sql.toString(), args, limit, "listing submissions");
  }

  /**
   * {@inheritDoc}
   *
   * <p>One query on the {@code division} index with the filter's conditions, a page by key.
   *
   * @throws StoreException if the database fails or a stored row cannot be read
   */
  @Override
  public List<StoredSubmission> listInDivision(
      DivisionCode division, SubmissionFilter filter, @Nullable SubmissionKey after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    if (!division.isValid() || division.level().isEmpty()) {
      return List.of();
    }
    List<Object> args = new ArrayList<>();
    StringBuilder sql = new StringBuilder(SELECT).append(" WHERE division LIKE ?");
    args.add(division.value().substring(0, division.level().get().digits()) + "%");
    if (after != null) {
      sql.append(" AND (id > ? OR (id = ? AND contractor > ?))");
      args.add(after.id());
      args.add(after.id());
      args.add(after.contractor());
    }
    where(filter, sql, args);
    sql.append(" ORDER BY id, contractor LIMIT ?");
    args.add(limit);
    return query(sql.toString(), args, limit, "listing submissions of a division");
  }

  /** Appends the filter's conditions; a period range compares the period's first and last day. */
  private static void where(SubmissionFilter f, StringBuilder sql, List<Object> args) {
    if (f.periodFrom() != null) {
      sql.append(" AND period_start >= ?");
      args.add(f.periodFrom());
    }
    if (f.periodTo() != null) {
      sql.append(" AND period_end <= ?");
      args.add(f.periodTo());
    }
    if (f.type() != null) {
      sql.append(" AND report_type = ?");
      args.add(f.type().name());
    }
    if (f.status() != null) {
      sql.append(" AND state = ?");
      args.add(f.status().name());
    }
    if (f.timeliness() != null) {
      sql.append(" AND timeliness = ?");
      args.add(f.timeliness().name());
    }
  }

  private List<StoredSubmission> query(String sql, List<Object> args, int limit, String what) {
    try (Connection c = connection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.size(); i++) {
        Object a = args.get(i);
        if (a instanceof LocalDate d) {
          ps.setObject(i + 1, d, Types.DATE);
        } else if (a instanceof Integer n) {
          ps.setInt(i + 1, n);
        } else {
          ps.setString(i + 1, (String) a);
        }
      }
      List<StoredSubmission> out = new ArrayList<>(Math.min(limit, 256));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(row(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure(what, e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Selects by the {@code division} column (the report's scope, indexed with id and contractor):
   * {@code WHERE division LIKE 'prefix%' AND (id, contractor) > after ORDER BY id, contractor LIMIT
   * limit}, a page by key.
   *
   * @throws StoreException if the database fails or a stored row cannot be read
   */
  @Override
  public List<StoredSubmission> listInDivision(
      DivisionCode division, @Nullable SubmissionKey after, int limit) {
    return listInDivision(division, SubmissionFilter.ANY, after, limit);
  }

  /**
   * Fills the division of rows stored before schema version 2 (NULL there) from their reports; run
   * once on start by {@link SubmissionStores}, a no-op when every row has it. A row whose report
   * cannot be read gets {@code ''} (no division) and is logged by id.
   *
   * @throws StoreException if the database fails
   */
  void fillDivisions() {
    String select =
        "SELECT contractor, id, report_format, report FROM epar_submission"
            + " WHERE division IS NULL";
    String update = "UPDATE epar_submission SET division = ? WHERE contractor = ? AND id = ?";
    int filled = 0;
    try (Connection c = connection();
        PreparedStatement q = c.prepareStatement(select);
        PreparedStatement u = c.prepareStatement(update);
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        String id = rs.getString("id");
        String division = "";
        try {
          var h = RowCodec.report(rs.getString("report_format"), rs.getBytes("report")).header();
          if (h != null && h.scope() != null && h.scope().isValid()) {
            division = h.scope().value();
          }
        } catch (InvalidProtocolBufferException | IllegalArgumentException e) {
          LOG.warn("stored submission {} cannot be read; it is in no division", id);
        }
        u.setString(1, division);
        u.setString(2, rs.getString("contractor"));
        u.setString(3, id);
        u.executeUpdate();
        filled++;
      }
    } catch (SQLException e) {
      throw failure("filling the division of earlier submissions", e);
    }
    if (filled > 0) {
      LOG.info("filled the division of {} submissions stored before schema version 2", filled);
    }
  }

  /**
   * Fills the first and last day of the period of rows stored before schema version 3 (NULL there)
   * from their period ids; run once on start by {@link SubmissionStores}, a no-op when every row
   * has them. A row whose period id cannot be read keeps NULL (it is in no period range) and is
   * logged by id.
   *
   * @throws StoreException if the database fails
   */
  void fillPeriods() {
    String select = "SELECT contractor, id, period FROM epar_submission WHERE period_start IS NULL";
    String update =
        "UPDATE epar_submission SET period_start = ?, period_end = ?"
            + " WHERE contractor = ? AND id = ?";
    int filled = 0;
    try (Connection c = connection();
        PreparedStatement q = c.prepareStatement(select);
        PreparedStatement u = c.prepareStatement(update);
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        String id = rs.getString("id");
        Optional<ReportingPeriod> p = ReportingPeriod.tryParse(rs.getString("period"));
        if (p.isEmpty()) {
          LOG.warn("stored submission {} has no readable period; it is in no period range", id);
          continue;
        }
        u.setObject(1, p.get().start(), Types.DATE);
        u.setObject(2, p.get().end(), Types.DATE);
        u.setString(3, rs.getString("contractor"));
        u.setString(4, id);
        u.executeUpdate();
        filled++;
      }
    } catch (SQLException e) {
      throw failure("filling the period days of earlier submissions", e);
    }
    if (filled > 0) {
      LOG.info("filled the period days of {} submissions stored before schema version 3", filled);
    }
  }

  private static StoredSubmission row(ResultSet rs) throws SQLException {
    String id = rs.getString("id");
    try {
      Instant at = rs.getObject("received_at", OffsetDateTime.class).toInstant();
      return new StoredSubmission(
          id,
          CreditCode.of(rs.getString("contractor")),
          rs.getString("request_id"),
          rs.getString("content_sha256"),
          ReportType.valueOf(rs.getString("report_type")),
          rs.getString("period"),
          ReportStatus.valueOf(rs.getString("state")),
          Timeliness.valueOf(rs.getString("timeliness")),
          rs.getObject("deadline", LocalDate.class),
          Instant.ofEpochSecond(at.getEpochSecond(), rs.getInt("received_nano")),
          rs.getInt("record_count"),
          RowCodec.findings(rs.getString("findings")),
          RowCodec.report(rs.getString("report_format"), rs.getBytes("report")));
    } catch (InvalidProtocolBufferException
        | JsonProcessingException
        | IllegalArgumentException
        | NullPointerException e) {
      throw new StoreException("stored submission " + id + " cannot be read", "", e);
    }
  }

  /**
   * How many submissions the store holds, for all contractors.
   *
   * @return the count
   * @throws StoreException if the database fails
   */
  public long count() {
    try (Connection c = connection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM epar_submission");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw failure("counting submissions", e);
    }
  }

  /**
   * Whether the database answers within {@code timeout}: for a health check (a platform maps {@code
   * false} to the gRPC health status {@code NOT_SERVING}). Never throws.
   *
   * @param timeout how long to wait, at least one second is used
   * @return {@code true} if a connection could be had and is valid
   */
  public boolean isHealthy(Duration timeout) {
    int seconds = (int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toSeconds()));
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(seconds);
    } catch (SQLException | RuntimeException e) {
      LOG.warn(
          "submission store health check failed (SQLSTATE {})",
          e instanceof SQLException s ? s.getSQLState() : e.getClass().getSimpleName());
      return false;
    }
  }

  /**
   * The database in use, for a start-up line: product and version, no URL, user or password.
   *
   * @return e.g. {@code PostgreSQL 16.4}
   * @throws StoreException if the database cannot be reached
   */
  public String database() {
    try (Connection c = connection()) {
      var meta = c.getMetaData();
      return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    } catch (SQLException e) {
      throw failure("reading database metadata", e);
    }
  }

  /**
   * Which database dialect the store speaks.
   *
   * @return {@code "postgresql"} or {@code "h2"}
   */
  public String dialect() {
    return dialect.name().toLowerCase(Locale.ROOT);
  }

  private Connection connection() throws SQLException {
    Connection c = dataSource.getConnection();
    try {
      if (!c.getAutoCommit()) {
        c.setAutoCommit(true);
      }
      return c;
    } catch (SQLException e) {
      c.close();
      throw e;
    }
  }

  private static StoreException failure(String what, SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    return new StoreException(what + " failed (SQLSTATE " + state + ")", state, e);
  }

  /**
   * Closes the connection pool if {@link SubmissionStores} built it; a store on a caller's {@link
   * DataSource} leaves it open. Idempotent.
   */
  @Override
  public void close() {
    if (writer != null) {
      writer.close();
    }
    if (owned != null) {
      try {
        owned.close();
      } catch (Exception e) {
        LOG.warn("closing the submission store's pool failed: {}", e.getClass().getSimpleName());
      }
    }
  }

  /** Names the dialect only. */
  @Override
  public String toString() {
    return "JdbcSubmissionStore[" + dialect() + "]";
  }
}
