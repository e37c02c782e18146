package org.epar.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.epar.core.json.EparJson;
import org.epar.core.model.EparRecord;
import org.epar.validation.EparValidator;
import org.epar.validation.Profile;
import org.epar.validation.Profiles;
import org.epar.validation.ValidationReport;

/**
 * A quick, non-JMH look at what some rules of daming-2017 cost on the household file: alternates
 * parse-only and a validation with only those rules (their profile settings unchanged) in one JVM
 * and prints each time. Run it with no rules, with some and with all to see where the time over
 * parsing goes. Not a substitute for {@code run.sh}.
 */
public final class QuickRules {

  private QuickRules() {}

  /**
   * Runs the check.
   *
   * @param args households (default 1000000), rounds (default 5), and the rules: {@code all}
   *     (default), {@code none}, a comma-separated list of rule IDs, or {@code -} followed by the
   *     IDs to leave out
   * @throws IOException on a read error
   */
  public static void main(String[] args) throws IOException {
    int households = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    String rules = args.length > 2 ? args[2] : "all";
    Path file = BenchData.householdsFile(households);
    ObjectReader reader = EparJson.mapper().readerFor(EparRecord.class);
    EparValidator v =
        EparValidator.builder()
            .profile(profile(rules))
            .asOf(LocalDate.of(2018, 12, 31))
            .parallelism(1)
            .build();
    System.out.println("rules: " + v.activeRuleIds());
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      long n = 0;
      try (MappingIterator<EparRecord> it = reader.readValues(open(file))) {
        while (it.hasNext()) {
          n += it.next() == null ? 0 : 1;
        }
      }
      double parse = (System.nanoTime() - t0) / 1e9;
      t0 = System.nanoTime();
      ValidationReport report;
      try (MappingIterator<EparRecord> it = reader.readValues(open(file))) {
        report = v.validate((Iterable<EparRecord>) () -> it);
      }
      double validate = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "round %d: parse %.2f s, validate %.2f s, over parse %.2f s, ratio %.3f"
              + " (%d records, %d findings)%n",
          r, parse, validate, validate - parse, parse / validate, n, report.findings().size());
    }
  }

  private static InputStream open(Path file) throws IOException {
    return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
  }

  /** daming-2017 with only the chosen rules. */
  static Profile profile(String rules) {
    if (rules.equals("all")) {
      return Profiles.builtIn("daming-2017");
    }
    try (InputStream in =
        Profiles.class.getResourceAsStream("/org/epar/validation/profiles/daming-2017.json")) {
      ObjectNode root = (ObjectNode) new ObjectMapper().readTree(in);
      ObjectNode all = (ObjectNode) root.get("rules");
      boolean leaveOut = rules.startsWith("-");
      Set<String> named =
          rules.equals("none")
              ? Set.of()
              : Set.copyOf(Arrays.asList((leaveOut ? rules.substring(1) : rules).split(",")));
      List<String> ids = new ArrayList<>();
      all.fieldNames().forEachRemaining(ids::add);
      for (String id : ids) {
        if (named.contains(id) == leaveOut) {
          all.remove(id);
        }
      }
      return Profiles.load(
          new ByteArrayInputStream(root.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
