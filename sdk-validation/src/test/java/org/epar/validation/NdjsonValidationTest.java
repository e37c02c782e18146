package org.epar.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.epar.core.json.EparJson;
import org.junit.jupiter.api.Test;

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
}
