package org.epar.examples.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.grpc.spi.StoredSubmission;
import org.epar.grpc.spi.SubmissionKey;
import org.epar.grpc.spi.SubmissionStore;
import org.jspecify.annotations.Nullable;

/**
 * The platform's own store: submissions kept per contractor, and every stored submission appended
 * to a journal file (one tab-separated line, no report content, so no personal data) for the
 * platform's audit. A real platform puts a database here, with a unique key on (contractor, request
 * id) to make {@link #putIfAbsent} atomic.
 */
final class JournalSubmissionStore implements SubmissionStore {

  private final Path journal;
  private final Map<String, ConcurrentSkipListMap<String, StoredSubmission>> byContractor =
      new ConcurrentHashMap<>();
  private final Map<String, StoredSubmission> byRequest = new ConcurrentHashMap<>();

  JournalSubmissionStore(Path journal) {
    this.journal = journal;
  }

  @Override
  public synchronized StoredSubmission putIfAbsent(StoredSubmission s) {
    String key = s.contractor().normalized() + "\u0000" + s.requestId();
    StoredSubmission earlier = byRequest.putIfAbsent(key, s);
    if (earlier != null) {
      return earlier;
    }
    byContractor
        .computeIfAbsent(s.contractor().normalized(), k -> new ConcurrentSkipListMap<>())
        .put(s.id(), s);
    String line =
        String.join(
                "\t",
                s.receivedAt().toString(),
                s.id(),
                s.contractor().raw(),
                s.type().name(),
                s.period(),
                s.status().name(),
                s.timeliness().name(),
                Integer.toString(s.recordCount()),
                Integer.toString(s.findings().size()))
            + "\n";
    try {
      Files.writeString(
          journal,
          line,
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      byRequest.remove(key);
      byContractor.get(s.contractor().normalized()).remove(s.id());
      throw new UncheckedIOException("cannot write the journal", e);
    }
    return s;
  }

  @Override
  public Optional<StoredSubmission> findByRequestId(CreditCode contractor, String requestId) {
    return Optional.ofNullable(byRequest.get(contractor.normalized() + "\u0000" + requestId));
  }

  @Override
  public Optional<StoredSubmission> get(CreditCode contractor, String id) {
    var mine = byContractor.get(contractor.normalized());
    return mine == null ? Optional.empty() : Optional.ofNullable(mine.get(id));
  }

  @Override
  public List<StoredSubmission> list(CreditCode contractor, @Nullable String afterId, int limit) {
    var mine = byContractor.get(contractor.normalized());
    if (mine == null) {
      return List.of();
    }
    var tail = afterId == null ? mine : mine.tailMap(afterId, false);
    return tail.values().stream().limit(limit).toList();
  }

  /** Every contractor's submissions in the division, in key order: a scan, as befits an example. */
  @Override
  public List<StoredSubmission> listInDivision(
      DivisionCode division, @Nullable SubmissionKey after, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    return byContractor.values().stream()
        .flatMap(m -> m.values().stream())
        .filter(s -> !s.division().isEmpty() && division.contains(DivisionCode.of(s.division())))
        .map(s -> Map.entry(SubmissionKey.of(s), s))
        .filter(e -> after == null || e.getKey().compareTo(after) > 0)
        .sorted(Map.Entry.comparingByKey())
        .limit(limit)
        .map(Map.Entry::getValue)
        .toList();
  }
}
