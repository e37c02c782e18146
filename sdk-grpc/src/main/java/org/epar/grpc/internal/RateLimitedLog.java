package org.epar.grpc.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Lets one log line through per interval and counts the ones held back, so a client cannot flood
 * the logs. Thread-safe.
 */
public final class RateLimitedLog {

  private final long intervalNanos;
  private final LongSupplier nanoTime;
  private final AtomicLong next = new AtomicLong(Long.MIN_VALUE);
  private final AtomicLong suppressed = new AtomicLong();

  public RateLimitedLog(long intervalNanos, LongSupplier nanoTime) {
    this.intervalNanos = intervalNanos;
    this.nanoTime = nanoTime;
  }

  /**
   * Whether to log now; if so, how many were held back since the last line is in {@link
   * #takeSuppressed()}.
   */
  public boolean tryLog() {
    long now = nanoTime.getAsLong();
    long due = next.get();
    if ((due == Long.MIN_VALUE || now - due >= 0) && next.compareAndSet(due, now + intervalNanos)) {
      return true;
    }
    suppressed.incrementAndGet();
    return false;
  }

  /** The number of lines held back since the last call, reset to zero. */
  public long takeSuppressed() {
    return suppressed.getAndSet(0);
  }
}
