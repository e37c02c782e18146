package org.epar.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on stderr, by bytes read; silent unless enabled. Redrawn at most every 100 ms with
 * a carriage return, and cleared when reading ends. Used from one thread.
 */
final class Progress {

  private static final int WIDTH = 30;
  private static final long INTERVAL_NANOS = 100_000_000L;

  private final @org.jspecify.annotations.Nullable PrintWriter err;
  private final String label;
  private long total;
  private long read;
  private long lastDraw;
  private boolean drawn;

  private Progress(@org.jspecify.annotations.Nullable PrintWriter err, String label) {
    this.err = err;
    this.label = label;
  }

  static Progress off() {
    return new Progress(null, "");
  }

  static Progress to(PrintWriter err, String label) {
    return new Progress(err, label);
  }

  boolean enabled() {
    return err != null;
  }

  void total(long bytes) {
    this.total = bytes;
  }

  InputStream track(InputStream in) {
    return err == null ? in : new Inputs.CountingStream(in, this);
  }

  void add(long bytes) {
    read += bytes;
  }

  /** Redraws if enough time has passed. */
  void tick() {
    if (err == null) {
      return;
    }
    long now = System.nanoTime();
    if (drawn && now - lastDraw < INTERVAL_NANOS) {
      return;
    }
    lastDraw = now;
    draw();
  }

  private void draw() {
    PrintWriter w = java.util.Objects.requireNonNull(err);
    double f = total <= 0 ? 1.0 : Math.min(1.0, (double) read / total);
    int filled = (int) Math.round(f * WIDTH);
    w.print(
        String.format(
            Locale.ROOT,
            "\r%s [%s%s] %3d%% %s",
            label,
            "#".repeat(filled),
            " ".repeat(WIDTH - filled),
            Math.round(f * 100),
            mib(read)));
    w.flush();
    drawn = true;
  }

  /** Draws 100 % and ends the line. */
  void done() {
    if (err == null || total < 0) {
      return;
    }
    read = Math.max(read, total);
    draw();
    err.println();
    err.flush();
    total = -1;
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
  }
}
