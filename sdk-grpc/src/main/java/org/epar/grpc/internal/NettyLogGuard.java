package org.epar.grpc.internal;

import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps received bytes out of the logs. grpc-java's Netty transport logs a failed connection (a bad
 * HTTP/2 preface, a protocol error) through java.util.logging with the exception, whose message
 * holds a hex dump of the bytes the peer sent. This filter drops those records and logs instead one
 * WARN line per ten seconds naming only the exception type; the frame loggers of the server handler
 * are capped at INFO, so their DEBUG hex dumps cannot be switched on through JUL.
 *
 * <p>Installed once per JVM when a Netty {@code EparServer} is built; the loggers are held strongly
 * so the settings stay.
 */
public final class NettyLogGuard {

  private static final Logger LOG = LoggerFactory.getLogger(NettyLogGuard.class);
  private static final String NETTY = "io.grpc.netty.shaded.io.grpc.netty.";
  private static final java.util.logging.Logger TRANSPORT =
      java.util.logging.Logger.getLogger(NETTY + "NettyServerTransport");

  /** Where grpc-java logs "Transport failed" with the exception. */
  private static final java.util.logging.Logger CONNECTIONS =
      java.util.logging.Logger.getLogger(NETTY + "NettyServerTransport.connections");

  private static final java.util.logging.Logger HANDLER =
      java.util.logging.Logger.getLogger(NETTY + "NettyServerHandler");
  private static final RateLimitedLog RATE =
      new RateLimitedLog(TimeUnit.SECONDS.toNanos(10), System::nanoTime);

  private NettyLogGuard() {}

  /** Installs the filter and the level cap; idempotent. */
  public static synchronized void install() {
    HANDLER.setLevel(Level.INFO);
    for (java.util.logging.Logger l : new java.util.logging.Logger[] {TRANSPORT, CONNECTIONS}) {
      if (l.getFilter() == null) {
        l.setFilter(NettyLogGuard::pass);
      }
    }
  }

  static boolean pass(LogRecord r) {
    if (r.getThrown() == null) {
      return true;
    }
    if (r.getLevel().intValue() >= Level.INFO.intValue() && RATE.tryLog()) {
      LOG.warn(
          "a client connection failed: {} ({} more since the last such line)",
          r.getThrown().getClass().getSimpleName(),
          RATE.takeSuppressed());
    }
    return false;
  }
}
