package org.epar.examples.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the example's self-check: a real server on a free port, a real client. */
class PlatformServerTest {

  @Test
  void selfCheck_storesAcceptedAndRejected_refusesRevokedContractor(@TempDir Path dir)
      throws Exception {
    Path journal = dir.resolve("journal.tsv");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code =
        PlatformServer.run(
            new PrintStream(bytes, true, StandardCharsets.UTF_8),
            "--port",
            "0",
            "--journal",
            journal.toString(),
            "--self-check");
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, out);
    assertTrue(out.contains("monthly 201803: ACCEPTED"), out);
    assertTrue(out.contains("monthly 201804 paying 95% before acceptance: INVALID_ARGUMENT"), out);
    assertTrue(out.contains("DM-FUND-05"), out);
    assertTrue(out.contains("revoked contractor: UNAUTHENTICATED"), out);
    // the platform's own journal has both stored submissions, and nothing of the revoked one
    var lines = Files.readAllLines(journal);
    assertEquals(2, lines.size(), out);
    assertTrue(lines.get(0).contains("\tMONTHLY\t201803\tACCEPTED\t"), lines.get(0));
    assertTrue(lines.get(1).contains("\tMONTHLY\t201804\tREJECTED\t"), lines.get(1));
  }
}
