package org.epar.grpc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.AnnualReport;
import org.epar.core.model.DailyReport;
import org.epar.core.model.MonthlyReport;
import org.epar.core.model.QuarterlyReport;
import org.epar.core.model.Report;
import org.epar.core.model.ReportStatus;
import org.epar.grpc.spi.StoreFullException;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.grpc.spi.SubmissionFilter;
import org.epar.grpc.spi.SubmissionKey;
import org.epar.grpc.spi.SubmissionStore;
import org.epar.validation.CompactFindings;
import org.jspecify.annotations.Nullable;

/**
 * A {@link SubmissionStore} in memory, for demos, tests and the embedded default; a platform swaps
 * it for its database. Thread-safe; everything is lost when the process ends.
 *
 * <p>It holds at most {@link #capacity()} submissions (default {@value #DEFAULT_CAPACITY}) over all
 * contractors; when full, {@link #putIfAbsent} throws {@link StoreFullException} instead of eating
 * the heap (a resend of a stored submission is still answered).
 *
 * <p>A rejected report is kept with its header alone ({@link StoredSubmission#report()} of a
 * rejected submission read from this store has no records): nothing reads more of it (the county
 * assessment reads accepted reports), and a rejected 4 MiB report kept whole cost about 22 MB of
 * heap. Its findings, content hash and record count are kept, so {@code GetSubmission} answers
 * every finding and a resend is recognised.
 *
 * @since 0.1.0
 */
public final class InMemorySubmissionStore implements SubmissionStore {

  /** The capacity of {@link #InMemorySubmissionStore()}. */
  public static final int DEFAULT_CAPACITY = 10_000;

  private final Map<CreditCode, Shelf> shelves = new ConcurrentHashMap<>();
  private final int capacity;
  private final AtomicInteger size = new AtomicInteger();
  private final NavigableMap<SubmissionKey, StoredSubmission> all = new ConcurrentSkipListMap<>();

  /** Creates an empty store of {@value #DEFAULT_CAPACITY} submissions. */
  public InMemorySubmissionStore() {
    this(DEFAULT_CAPACITY);
  }

  /**
   * Creates an empty store of the given capacity.
   *
   * @param capacity the most submissions it holds, at least 1
   * @throws IllegalArgumentException if {@code capacity} is less than 1
   */
  public InMemorySubmissionStore(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity " + capacity + " is not positive");
    }
    this.capacity = capacity;
  }

  /**
   * The most submissions this store holds.
   *
   * @return the capacity
   */
  public int capacity() {
    return capacity;
  }

  private static final class Shelf {
    final Map<String, StoredSubmission> byRequestId = new HashMap<>();
    final NavigableMap<String, StoredSubmission> byId = new TreeMap<>();
  }

  private Shelf shelf(CreditCode contractor) {
    return shelves.computeIfAbsent(contractor, c -> new Shelf());
  }

  /**
   * {@inheritDoc}
   *
   * <p>The stored copy keeps the findings as {@link CompactFindings} (their messages rendered again
   * when read), so a rejected report's tens of thousands of findings cost the heap a fraction of
   * their rendered size; the submission given is returned when stored.
   */
  @Override
  public StoredSubmission putIfAbsent(StoredSubmission submission) {
    Shelf shelf = shelf(submission.contractor());
    synchronized (shelf) {
      StoredSubmission existing = shelf.byRequestId.get(submission.requestId());
      if (existing != null) {
        return existing;
      }
    }
    StoredSubmission kept = compact(submission);
    synchronized (shelf) {
      StoredSubmission existing = shelf.byRequestId.get(submission.requestId());
      if (existing != null) {
        return existing;
      }
      if (size.getAndUpdate(n -> n < capacity ? n + 1 : n) >= capacity) {
        throw new StoreFullException("the in-memory store holds its capacity of " + capacity);
      }
      shelf.byRequestId.put(kept.requestId(), kept);
      shelf.byId.put(kept.id(), kept);
      all.put(SubmissionKey.of(kept), kept);
      return submission;
    }
  }

  private static StoredSubmission compact(StoredSubmission s) {
    boolean rejected = s.status() == ReportStatus.REJECTED;
    if (s.findings() instanceof CompactFindings && !rejected) {
      return s;
    }
    return s.withContent(
        CompactFindings.of(s.findings()), rejected ? headerOnly(s.report()) : s.report());
  }

  /**
   * The report with its header alone: what a rejected report's model is read for (its scope, by
   * {@link org.epar.grpc.spi.Principal#sees} and {@link #listInDivision}). A rejected 4 MiB report
   * kept whole held about 22 MB of heap; its content hash, record count and findings are kept, so a
   * resend is still recognised and {@code GetSubmission} still answers every finding.
   */
  static Report headerOnly(Report r) {
    if (r instanceof DailyReport d) {
      return new DailyReport(d.header(), List.of(), List.of(), List.of());
    }
    if (r instanceof MonthlyReport m) {
      return new MonthlyReport(m.header(), null, null, List.of(), List.of(), List.of(), List.of());
    }
    if (r instanceof QuarterlyReport q) {
      return new QuarterlyReport(q.header(), null, null, null);
    }
    AnnualReport a = (AnnualReport) r;
    return new AnnualReport(a.header(), null, null, null, null, Map.of(), null);
  }

  @Override
  public Optional<StoredSubmission> findByRequestId(CreditCode contractor, String requestId) {
    Shelf shelf = shelf(contractor);
    synchronized (shelf) {
      return Optional.ofNullable(shelf.byRequestId.get(requestId));
    }
  }

  @Override
  public Optional<StoredSubmission> get(CreditCode contractor, String id) {
    Shelf shelf = shelf(contractor);
    synchronized (shelf) {
      return Optional.ofNullable(shelf.byId.get(id));
    }
  }

  @Override
  public List<StoredSubmission> list(CreditCode contractor, @Nullable String afterId, int limit) {
    Shelf shelf = shelf(contractor);
    synchronized (shelf) {
      var tail = afterId == null ? shelf.byId : shelf.byId.tailMap(afterId, false);
      List<StoredSubmission> out = new ArrayList<>(Math.min(limit, tail.size()));
      for (StoredSubmission s : tail.values()) {
        if (out.size() == limit) {
          break;
        }
        out.add(s);
      }
      return out;
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Scans the contractor's submissions in id order under its lock.
   */
  @Override
  public List<StoredSubmission> list(
      CreditCode contractor, SubmissionFilter filter, @Nullable String afterId, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    Shelf shelf = shelf(contractor);
    synchronized (shelf) {
      var tail = afterId == null ? shelf.byId : shelf.byId.tailMap(afterId, false);
      List<StoredSubmission> out = new ArrayList<>(Math.min(limit, 256));
      for (StoredSubmission s : tail.values()) {
        if (filter.matches(s)) {
          out.add(s);
          if (out.size() == limit) {
            break;
          }
        }
      }
      return out;
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Scans the store in key order; for demos and tests, not for millions of submissions.
   */
  @Override
  public List<StoredSubmission> listInDivision(
      DivisionCode division, @Nullable SubmissionKey after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    List<StoredSubmission> out = new ArrayList<>();
    if (!division.isValid()) {
      return out;
    }
    var tail = after == null ? all : all.tailMap(after, false);
    for (StoredSubmission s : tail.values()) {
      String d = s.division();
      if (!d.isEmpty() && division.contains(DivisionCode.of(d))) {
        out.add(s);
        if (out.size() == limit) {
          break;
        }
      }
    }
    return out;
  }

  /**
   * How many submissions the store holds for all contractors.
   *
   * @return the count
   */
  public int size() {
    return size.get();
  }
}
