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
 * Reads JMH's JSON results (and the memory checks' JSON) and writes the Markdown table of the
 * ratios against the goals of issue 16 (the goals of issue 6 are its "no regression" rows).
 *
 * <p>Usage: {@code Reporter jmh.json[,more.json] memory.json results.md [memory-national.json]}; a
 * later file's result for the same benchmark wins; a missing input leaves its rows as "not run".
 */
public final class Reporter {

  private Reporter() {}

  /** A JMH score: value, error, unit, and the spread of the raw iterations around the mean. */
  record Score(double value, double error, String unit, double spread) {
    String text() {
      return Double.isNaN(error)
          ? String.format(Locale.ROOT, "%.3f %s", value, unit)
          : String.format(Locale.ROOT, "%.3f ± %.3f %s", value, error, unit);
    }
  }

  /**
   * Writes the report.
   *
   * @param args JMH JSON, memory JSON, output Markdown, national memory JSON
   * @throws IOException on an I/O error
   */
  public static void main(String[] args) throws IOException {
    String jmhFiles = args.length > 0 ? args[0] : "target/jmh.json";
    Path memory = Paths.get(args.length > 1 ? args[1] : "target/memory.json");
    Path out = Paths.get(args.length > 2 ? args[2] : "target/results.md");
    Path national = Paths.get(args.length > 3 ? args[3] : "target/memory-national.json");
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
        double score = pm.get("score").asDouble();
        scores.put(name, new Score(score, err, pm.get("scoreUnit").asText(), spread(pm, score)));
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
    Score validate1 = scores.get("StreamingValidationBenchmark.validate1");
    row(
        md,
        "1",
        "Streaming validation, 1 thread, "
            + params.getOrDefault("households", "?")
            + " households (s/file)",
        validate1,
        scores.get("StreamingValidationBenchmark.parseOnly"),
        true,
        1.0,
        "≥ 1.0 of parse-only");
    row(
        md,
        "2",
        "Parallel scaling, "
            + Runtime.getRuntime().availableProcessors()
            + " cores vs 1 thread (s/file)",
        scores.get("StreamingValidationBenchmark.validateAll"),
        validate1,
        true,
        1.8,
        "≥ 1.8× one thread");
    memoryRow(md, "3", m, national, 1024, "10 M households within -Xmx1g");
    // 4: no regression of issue 6's goals
    Score epar = scores.get("RecordConstraintsBenchmark.eparRecordRules");
    Score hv = scores.get("RecordConstraintsBenchmark.hibernateValidator");
    row(
        md,
        "4a",
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
        "4b",
        "gRPC daily ingest, "
            + params.getOrDefault("transactions", "?")
            + " transactions over Netty loopback (ms/report)",
        scores.get("GrpcIngestBenchmark.ingestValidated"),
        scores.get("GrpcIngestBenchmark.ingestNoop"),
        true,
        0.7,
        "≥ 0.70 of no-op");
    memoryRow(md, "4c", m, memory, 200, "1 M households, -Xmx256m, peak ≤ 200 MiB");
    if (validate1 != null && !Double.isNaN(validate1.spread())) {
      md.append(
          String.format(
              Locale.ROOT,
              "| 4d | Spread of the 1-thread validation's iterations around their mean | ±%.1f%%"
                  + " | | | within ±10%% | %s |%n",
              validate1.spread() * 100,
              validate1.spread() <= 0.10 ? "yes" : "**no**"));
    } else {
      md.append("| 4d | Spread of the 1-thread validation | not run | | | within ±10% | |\n");
    }
    md.append(
        "\nRatios are throughput ratios EPAR / baseline (for times: baseline time / EPAR"
            + " time), measured in the same run.\n");
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
    System.out.print(md);
  }

  /** The largest distance of a raw iteration from the mean, over the mean; NaN without data. */
  private static double spread(JsonNode primaryMetric, double mean) {
    JsonNode raw = primaryMetric.get("rawData");
    double worst = Double.NaN;
    if (raw != null && mean > 0) {
      for (JsonNode fork : raw) {
        for (JsonNode v : fork) {
          double d = Math.abs(v.asDouble() - mean) / mean;
          worst = Double.isNaN(worst) ? d : Math.max(worst, d);
        }
      }
    }
    return worst;
  }

  /** A memory check's row: completed, and its peak used heap at most {@code limitMiB}. */
  private static void memoryRow(
      StringBuilder md, String n, ObjectMapper m, Path file, long limitMiB, String goal)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      md.append("| ").append(n).append(" | Memory | not run | | | ").append(goal).append(" | |\n");
      return;
    }
    JsonNode mem = m.readTree(file.toFile());
    boolean ok = mem.get("completed").asBoolean();
    long peak = mem.get("peakUsedHeapBytes").asLong() >> 20;
    md.append(
        String.format(
            Locale.ROOT,
            "| %s | Memory: %d households, %d thread(s), max heap %d MiB | peak used heap %d MiB"
                + " (pool peaks %d MiB), %.1f s | | | %s | %s |%n",
            n,
            mem.get("households").asLong(),
            mem.path("threads").asInt(1),
            mem.get("maxHeapBytes").asLong() >> 20,
            peak,
            mem.get("sumOfPoolPeaksBytes").asLong() >> 20,
            mem.get("seconds").asDouble(),
            goal,
            !ok
                ? "**no** (" + mem.get("error").asText() + ")"
                : peak <= limitMiB ? "yes" : "**no**"));
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
