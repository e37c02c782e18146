package org.epar.cli;

/** Keeps library logging off the terminal: the CLI reports what matters itself. */
final class Logging {

  private Logging() {}

  /** Sets the logging system properties unless the user set them. */
  static void quiet() {
    setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "error");
    setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
    setIfAbsent("org.jboss.logging.provider", "slf4j");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
