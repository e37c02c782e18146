package org.epar.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import org.epar.core.json.EparJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validating NDJSON streams it, locates findings by line and keeps malformed lines. */
class NdjsonValidationTest {

  private static final EparValidator VALIDATOR =
      EparValidator.builder()
          .profile(Profiles.builtIn("daming-2017"))
          .asOf(LocalDate.of(2018, 12, 31))
          .parallelism(1)
          .build();

  private static String line(String json) {
    return json + "\n";
  }

  @Test
  void validateNdjson_negativeAmountOnLine3_findingCarriesLine3() throws Exception {
    String ok =
        EparJson.mapper()
            .writeValueAsString(
                new org.epar.core.model.Expense(
                    "e1",
                    "f1",
                    org.epar.core.model.ExpenseCategory.TRAINING,
                    org.epar.core.money.Money.ofYuan(10),
                    LocalDate.of(2018, 3, 1),
                    null));
    String text =
        line(ok.replace("\"e1\"", "\"e0\""))
            + "\n" // a blank line still counts
            + line(ok.replace("\"10.00\"", "\"-10.00\""));
    ValidationReport r = VALIDATOR.validateNdjson(new StringReader(text));
    List<Finding> money = r.findings("CORE-MONEY-01");
    assertEquals(1, money.size(), r::toString);
    assertEquals(3, money.get(0).location().index());
    assertEquals("expense", money.get(0).location().objectType());
    assertTrue(r.inputProblems().isEmpty());
  }

  @Test
  void validateNdjson_malformedLine_isKeptAndRestValidated() throws Exception {
    String ok =
        EparJson.mapper()
            .writeValueAsString(
                new org.epar.core.model.Expense(
                    "e1",
                    "f1",
                    org.epar.core.model.ExpenseCategory.TRAINING,
                    org.epar.core.money.Money.ofYuan(-1),
                    LocalDate.of(2018, 3, 1),
                    null));
    String text = line("{\"type\":\"household\", \"members\": [") + line(ok);
    ValidationReport r = VALIDATOR.validateNdjson(new StringReader(text));
    assertEquals(1, r.inputProblems().size());
    assertEquals(1, r.inputProblems().get(0).line());
    assertEquals(2, r.findings("CORE-MONEY-01").get(0).location().index());
    assertFalse(r.isAccepted(), "a report with unreadable input is never accepted");
  }

  @Test
  void inputProblems_surviveJsonAndMerge() throws Exception {
    ValidationReport a = new ValidationReport(List.of(), List.of(new InputProblem(7, "bad json")));
    ValidationReport b = ValidationReport.empty();
    String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(a);
    assertTrue(json.contains("\"input_problems\""), json);
    assertEquals(a, a.merge(b));
    assertEquals(a, b.merge(a));
    assertFalse(a.isAccepted());
  }

  /**
   * A validator whose parts run on the calling thread as they are handed out, the file rewritten
   * with {@code now} right after the first part was read.
   */
  private static EparValidator rewritingAfterFirstPart(Path file, byte[] now) {
    Executor direct =
        new Executor() {
          private boolean rewritten;

          @Override
          public void execute(Runnable r) {
            r.run();
            if (!rewritten) {
              rewritten = true;
              try {
                Files.write(file, now);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            }
          }
        };
    return EparValidator.builder()
        .profile(Profiles.builtIn("daming-2017"))
        .asOf(LocalDate.of(2018, 12, 31))
        .parallelism(2)
        .executor(direct)
        .build();
  }

  @Test
  void validateNdjson_fileChangedWhileWorkersReadIt_anErrorNotWrongLineNumbers(@TempDir Path dir)
      throws Exception {
    String ok =
        EparJson.mapper()
            .writeValueAsString(
                new org.epar.core.model.Expense(
                    "e1",
                    "f1",
                    org.epar.core.model.ExpenseCategory.TRAINING,
                    org.epar.core.money.Money.ofYuan(-1),
                    LocalDate.of(2018, 3, 1),
                    null));
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      text.append(line(ok.replace("\"e1\"", "\"e" + i + "\"")));
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    Path file = dir.resolve("expenses.ndjson");
    Files.write(file, bytes);
    ValidationReport expected = VALIDATOR.validateNdjson(file);
    assertEquals(40, expected.findings("CORE-MONEY-01").size(), expected::toString);
    // unchanged: the report of one thread
    assertEquals(expected, rewritingAfterFirstPart(file, bytes).validateNdjson(file, 256));
    // shrunk to half: a later part meets the end of the file
    byte[] half = Arrays.copyOf(bytes, bytes.length / 2);
    Files.write(file, bytes);
    assertThrows(
        UncheckedIOException.class,
        () -> rewritingAfterFirstPart(file, half).validateNdjson(file, 256));
    // the same size, every line one byte later: the parts no longer meet
    byte[] shifted = new byte[bytes.length];
    shifted[0] = ' ';
    System.arraycopy(bytes, 0, shifted, 1, bytes.length - 1);
    Files.write(file, bytes);
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () -> rewritingAfterFirstPart(file, shifted).validateNdjson(file, 256));
    assertTrue(e.getMessage().contains("changed while it was read"), e.getMessage());
  }
}
