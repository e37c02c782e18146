package org.epar.grpc.internal;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-contractor bounds on open daily report streams and the bytes they buffer, so one contractor
 * cannot hold the server's memory. Thread-safe; counters of a contractor without open streams are
 * dropped.
 */
public final class ContractorLimits {

  private record Usage(int streams, long bytes) {}

  private final int maxStreams;
  private final long maxBytes;
  private final ConcurrentHashMap<String, Usage> usage = new ConcurrentHashMap<>();

  public ContractorLimits(int maxStreams, long maxBytes) {
    this.maxStreams = maxStreams;
    this.maxBytes = maxBytes;
  }

  public int maxStreams() {
    return maxStreams;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** Opens a stream for the contractor; false (and nothing counted) when it has the most open. */
  public boolean openStream(String contractor) {
    boolean[] ok = {false};
    usage.compute(
        contractor,
        (k, u) -> {
          Usage now = u == null ? new Usage(0, 0) : u;
          if (now.streams() >= maxStreams) {
            return u;
          }
          ok[0] = true;
          return new Usage(now.streams() + 1, now.bytes());
        });
    return ok[0];
  }

  /** Counts bytes buffered by an open stream; false (and nothing counted) when over the bound. */
  public boolean buffer(String contractor, long bytes) {
    boolean[] ok = {false};
    usage.computeIfPresent(
        contractor,
        (k, u) -> {
          if (u.bytes() + bytes > maxBytes) {
            return u;
          }
          ok[0] = true;
          return new Usage(u.streams(), u.bytes() + bytes);
        });
    return ok[0];
  }

  /** Closes an open stream and releases the bytes it buffered. */
  public void closeStream(String contractor, long bufferedBytes) {
    usage.computeIfPresent(
        contractor,
        (k, u) ->
            u.streams() <= 1
                ? null
                : new Usage(u.streams() - 1, Math.max(0, u.bytes() - bufferedBytes)));
  }

  /** Open streams of the contractor (for tests and metrics). */
  public int openStreams(String contractor) {
    Usage u = usage.get(contractor);
    return u == null ? 0 : u.streams();
  }
}
