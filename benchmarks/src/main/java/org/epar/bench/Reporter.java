package org.epar.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads JMH's JSON results (and the memory check's JSON) and writes the Markdown table of the
 * ratios against the goals of issue 6.
 *
 * <p>Usage: {@code Reporter jmh.json[,more.json] memory.json results.md}; a later file's result for
 * the same benchmark wins; a missing input leaves its rows as "not run".
 */
public final class Reporter {

  private Reporter() {}

  /** A JMH score: value, error and unit. */
  record Score(double value, double error, String unit) {
    String text() {
      return Double.isNaN(error)
          ? String.format(Locale.ROOT, "%.3f %s", value, unit)
          : String.format(Locale.ROOT, "%.3f ± %.3f %s", value, error, unit);
    }
  }

  /**
   * Writes the report.
   *
   * @param args JMH JSON, memory JSON, output Markdown
   * @throws IOException on an I/O error
   */
  public static void main(String[] args) throws IOException {
    String jmhFiles = args.length > 0 ? args[0] : "target/jmh.json";
    Path memory = Paths.get(args.length > 1 ? args[1] : "target/memory.json");
    Path out = Paths.get(args.length > 2 ? args[2] : "target/results.md");
    ObjectMapper m = new ObjectMapper();
    Map<String, Score> scores = new HashMap<>();
    Map<String, String> params = new HashMap<>();
    for (String f : jmhFiles.split(",")) {
      Path jmh = Paths.get(f);
      if (!Files.isRegularFile(jmh)) {
        continue;
      }
      for (JsonNode b : m.readTree(jmh.toFile())) {
        String name = b.get("benchmark").asText();
        name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
        JsonNode pm = b.get("primaryMetric");
        double err = pm.get("scoreError").asDouble(Double.NaN);
        scores.put(name, new Score(pm.get("score").asDouble(), err, pm.get("scoreUnit").asText()));
        if (b.has("params")) {
          b.get("params")
              .fields()
              .forEachRemaining(e -> params.put(e.getKey(), e.getValue().asText()));
        }
      }
    }
    StringBuilder md = new StringBuilder();
    md.append("| # | Benchmark | EPAR | Baseline | Ratio | Goal | Met |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    // 1: seconds per file; throughput ratio = t(parse) / t(validate).
    row(
        md,
        "1",
        "Streaming validation, 1 thread, "
            + params.getOrDefault("households", "?")
            + " households (s/file)",
        scores.get("StreamingValidationBenchmark.validate1"),
        scores.get("StreamingValidationBenchmark.parseOnly"),
        true,
        0.5,
        "≥ 0.50 of parse-only");
    row(
        md,
        "2",
        "Parallel scaling, "
            + Runtime.getRuntime().availableProcessors()
            + " cores vs 1 thread (s/file)",
        scores.get("StreamingValidationBenchmark.validateAll"),
        scores.get("StreamingValidationBenchmark.validate1"),
        true,
        Double.NaN,
        "speed-up, reported");
    // 3: ops/ms; EPAR adds x% = thr(hv) / thr(epar) - 1.
    Score epar = scores.get("RecordConstraintsBenchmark.eparRecordRules");
    Score hv = scores.get("RecordConstraintsBenchmark.hibernateValidator");
    row(
        md,
        "3",
        "Record constraints, one household (ops/ms)",
        epar,
        hv,
        false,
        1 / 1.25,
        "EPAR adds ≤ 25% (ratio ≥ 0.80)");
    if (epar != null && hv != null) {
      md.append(
          String.format(
              Locale.ROOT,
              "|   | ↳ EPAR adds | | | %+.0f%% | ≤ +25%% | |%n",
              (hv.value() / epar.value() - 1) * 100));
    }
    Score bare = scores.get("RecordConstraintsBenchmark.hibernateNoConstraints");
    if (bare != null) {
      md.append("|   | ↳ reference: Hibernate Validator, no constraints | ")
          .append(bare.text())
          .append(" | | | | |\n");
    }
    row(
        md,
        "4",
        "gRPC daily ingest, "
            + params.getOrDefault("transactions", "?")
            + " transactions over Netty loopback (ms/report)",
        scores.get("GrpcIngestBenchmark.ingestValidated"),
        scores.get("GrpcIngestBenchmark.ingestNoop"),
        true,
        0.7,
        "≥ 0.70 of no-op");
    if (Files.isRegularFile(memory)) {
      JsonNode mem = m.readTree(memory.toFile());
      boolean ok = mem.get("completed").asBoolean();
      md.append(
          String.format(
              Locale.ROOT,
              "| 5 | Memory: %d households, 1 thread, max heap %d MiB | peak used heap %d MiB"
                  + " (pool peaks %d MiB), %.1f s | | | completes with -Xmx256m | %s |%n",
              mem.get("households").asLong(),
              mem.get("maxHeapBytes").asLong() >> 20,
              mem.get("peakUsedHeapBytes").asLong() >> 20,
              mem.get("sumOfPoolPeaksBytes").asLong() >> 20,
              mem.get("seconds").asDouble(),
              ok ? "yes" : "**no** (" + mem.get("error").asText() + ")"));
    } else {
      md.append("| 5 | Memory | not run | | | completes with -Xmx256m | |\n");
    }
    md.append(
        "\nRatios are throughput ratios EPAR / baseline (for times: baseline time / EPAR"
            + " time), measured in the same run.\n");
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
    System.out.print(md);
  }

  private static void row(
      StringBuilder md,
      String n,
      String what,
      Score epar,
      Score base,
      boolean times,
      double goal,
      String goalText) {
    if (epar == null || base == null) {
      md.append("| ")
          .append(n)
          .append(" | ")
          .append(what)
          .append(" | not run | | | ")
          .append(goalText)
          .append(" | |\n");
      return;
    }
    double ratio = times ? base.value() / epar.value() : epar.value() / base.value();
    String met = Double.isNaN(goal) ? "" : ratio >= goal ? "yes" : "**no**";
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | %s | %s | %s | %.2f | %s | %s |%n",
            n,
            what,
            epar.text(),
            base.text(),
            ratio,
            goalText,
            met));
  }
}
