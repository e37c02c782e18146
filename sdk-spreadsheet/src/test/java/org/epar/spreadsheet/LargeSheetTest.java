package org.epar.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.epar.core.id.CitizenId;
import org.epar.core.id.DivisionCode;
import org.epar.core.model.EparRecord;
import org.epar.core.model.Household;
import org.epar.core.model.LabourCapacity;
import org.epar.core.model.Member;
import org.epar.core.model.PovertyStatus;
import org.epar.core.model.RecordType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 10,000 households (20,000 rows) written and read as streams: nothing delivered is retained. */
class LargeSheetTest {

  private static final int HOUSEHOLDS = 10_000;

  static Household household(int i) {
    DivisionCode village =
        DivisionCode.of(String.format("130425%03d%03d", 100 + i % 13, 200 + i % 97));
    return new Household(
        "h-" + i,
        village,
        true,
        PovertyStatus.values()[i % 3],
        List.of(
            new Member(
                CitizenId.of("1304251990" + String.format("%08d", i)),
                "户主" + i,
                "1380000" + String.format("%04d", i % 10_000),
                LabourCapacity.values()[i % 3],
                i % 2 == 0,
                true,
                false),
            new Member(null, "成员" + i, null, LabourCapacity.NONE, false, false, i % 7 == 0)));
  }

  @Test
  void tenThousandHouseholds_roundTrip_streamingWithoutRetainingRecords(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("big.xlsx");
    Iterable<EparRecord> lazy =
        () ->
            new Iterator<>() {
              private int next;

              @Override
              public boolean hasNext() {
                return next < HOUSEHOLDS;
              }

              @Override
              public EparRecord next() {
                return household(next++);
              }
            };
    try (OutputStream out = Files.newOutputStream(file)) {
      SpreadsheetTemplate.write(out, Map.of(RecordType.HOUSEHOLD, lazy));
    }

    AtomicLong count = new AtomicLong();
    WeakReference<?>[] first = new WeakReference<?>[1];
    Object[] stillHeld = new Object[1];
    ReadSummary s =
        SpreadsheetReader.read(
            file,
            r -> {
              int i = (int) count.getAndIncrement();
              assertEquals(household(i), r.record(), "household " + i);
              assertEquals(2L + 2L * i, r.row());
              if (i == 0) {
                first[0] = new WeakReference<>(r.record());
              }
              if (i == HOUSEHOLDS - 1) {
                // the reader keeps no record it has delivered: the first one can be collected now
                for (int attempt = 0; attempt < 10 && first[0].get() != null; attempt++) {
                  System.gc();
                }
                stillHeld[0] = first[0].get();
              }
            },
            p -> {
              throw new AssertionError(p.toString());
            });
    assertEquals(HOUSEHOLDS, count.get());
    assertEquals(HOUSEHOLDS, s.records());
    assertEquals(0, s.problems());
    assertNull(stillHeld[0], "the first record was still reachable after the last was read");
  }
}
