package org.epar.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.epar.validation.TestRules.Item;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (threads and time are the caller's) and issue 17 class 4 (a null element is an input
 * problem, never an exception).
 */
class ThreadsTimeAndInputTest {

  private static final Profile DAMING = Profiles.builtIn("daming-2017");

  private static EparValidator.Builder builder() {
    return EparValidator.builder().profile(DAMING).providers(List.of(TestRules.PROVIDER));
  }

  private static List<Item> items(int n) {
    List<Item> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new Item("I" + (i % 40), BigDecimal.valueOf(i - 3, i % 3), i % 5));
    }
    return out;
  }

  // nulls

  @Test
  void aNullElement_isAnInputProblem_notAnException() {
    EparValidator v = builder().asOf(LocalDate.of(2018, 6, 1)).parallelism(1).build();
    // issue 17 wrote validate(List.of((Object) null)), which List.of itself refuses; the case is a
    // list holding a null element
    ValidationReport r = v.validate(java.util.Collections.singletonList(null));
    assertEquals(
        List.of(
            new InputProblem(
                1, "element 0 (0-based) of the input is null: there is no record to validate")),
        r.inputProblems());
    assertFalse(r.isAccepted());
  }

  @Test
  void nullElementsAmongRecords_areReportedByPosition_andTheRecordsStillValidated() {
    List<Object> input =
        Arrays.asList(
            new Item("a", new BigDecimal("-1"), 0), null, new Item("b", BigDecimal.ONE, 0), null);
    for (int threads : new int[] {1, 3}) {
      EparValidator v =
          builder().asOf(LocalDate.of(2018, 6, 1)).parallelism(threads).chunkSize(1).build();
      ValidationReport r = v.validate(input);
      assertEquals(List.of(2L, 4L), r.inputProblems().stream().map(InputProblem::line).toList());
      assertEquals(1, r.findings("CORE-MONEY-01").size());
      ValidationReport s = v.validate(Stream.of(input.toArray()));
      assertEquals(r, s);
    }
  }

  @Test
  void anAccumulator_takesNullAsAnInputProblem() {
    EparValidator v = builder().asOf(LocalDate.of(2018, 6, 1)).build();
    ValidationAccumulator left = v.newAccumulator().add(null, 6);
    ValidationAccumulator right = v.newAccumulator().add(null, 9);
    ValidationReport r = left.combine(right).finish();
    assertEquals(List.of(7L, 10L), r.inputProblems().stream().map(InputProblem::line).toList());
  }

  @Test
  void checkOfNull_isAnInputProblem() {
    ValidationReport r = builder().build().check(null);
    assertEquals(1, r.inputProblems().size());
    assertFalse(r.isAccepted());
  }

  // threads

  @Test
  void theCallersExecutor_runsTheChunks_andTheReportIsTheSame() {
    AtomicInteger ran = new AtomicInteger();
    AtomicInteger finishes = new AtomicInteger();
    Executor counting =
        task -> {
          // the engine's chunks, and after them each dataset rule's finish as a task of its own
          (task.getClass().getSimpleName().equals("FinishTask") ? finishes : ran).incrementAndGet();
          new Thread(task).start();
        };
    List<Item> input = items(200);
    ValidationReport one =
        builder().asOf(LocalDate.of(2018, 6, 1)).parallelism(1).build().validate(input);
    ValidationReport viaExecutor =
        builder()
            .asOf(LocalDate.of(2018, 6, 1))
            .parallelism(3)
            .chunkSize(10)
            .executor(counting)
            .build()
            .validate(input);
    assertEquals(one, viaExecutor);
    assertEquals(20, ran.get(), "one task per chunk of 10");
    assertEquals(3, finishes.get(), "one task per dataset rule's finish (TestRules has three)");
  }

  @Test
  void anExecutorThatRejectsOrNeverRuns_stillFinishesOnTheCallingThread() {
    List<Item> input = items(100);
    ValidationReport one =
        builder().asOf(LocalDate.of(2018, 6, 1)).parallelism(1).build().validate(input);
    Executor rejecting =
        task -> {
          throw new RejectedExecutionException("full");
        };
    Executor blackHole = task -> {};
    for (Executor e : List.of(rejecting, blackHole)) {
      assertEquals(
          one,
          builder()
              .asOf(LocalDate.of(2018, 6, 1))
              .parallelism(4)
              .chunkSize(7)
              .executor(e)
              .build()
              .validate(input));
    }
  }

  @Test
  void manyParallelValidations_createNoThreadsBeyondTheSharedPool() {
    EparValidator v = builder().asOf(LocalDate.of(2018, 6, 1)).parallelism(4).chunkSize(5).build();
    List<Item> input = items(300);
    ValidationReport first = v.validate(input);
    for (int i = 0; i < 20; i++) {
      assertEquals(first, v.validate(input));
    }
    long pool =
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().startsWith("epar-validation-"))
            .count();
    assertTrue(
        pool <= Runtime.getRuntime().availableProcessors(),
        pool + " validation threads after 21 calls");
    assertTrue(
        Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.getName().startsWith("epar-validation-"))
            .allMatch(Thread::isDaemon));
  }

  // time

  @Test
  void theDefaultAsOf_isTheClocksDateInChina() {
    // 2018-12-31T16:00Z is midnight 2019-01-01 in Shanghai; one second earlier is still 12-31
    Clock midnight = Clock.fixed(Instant.parse("2018-12-31T16:00:00Z"), ZoneOffset.UTC);
    Clock before = Clock.fixed(Instant.parse("2018-12-31T15:59:59Z"), ZoneOffset.UTC);
    assertEquals(LocalDate.of(2019, 1, 1), builder().clock(midnight).build().asOf());
    assertEquals(LocalDate.of(2018, 12, 31), builder().clock(before).build().asOf());
    // an explicit date wins over the clock
    assertEquals(
        LocalDate.of(2018, 6, 1),
        builder().clock(midnight).asOf(LocalDate.of(2018, 6, 1)).build().asOf());
  }

  @Test
  void aTargetIsJudgedByTheClocksDate_onTheDeadlineAnErrorTheDayBeforeProgress() {
    // DM-TRAIN-01 (PersonTimes) has its deadline 2018-12-31 in the Daming profile
    List<Item> few = List.of(new Item("a", BigDecimal.ONE, 1));
    Clock deadline = Clock.fixed(Instant.parse("2018-12-30T16:00:00Z"), ZoneOffset.UTC);
    Clock dayBefore = Clock.fixed(Instant.parse("2018-12-30T15:59:59Z"), ZoneOffset.UTC);
    assertEquals(
        Severity.ERROR,
        builder().clock(deadline).build().validate(few).findings("DM-TRAIN-01").get(0).severity());
    assertEquals(
        Severity.INFO,
        builder().clock(dayBefore).build().validate(few).findings("DM-TRAIN-01").get(0).severity());
  }
}
