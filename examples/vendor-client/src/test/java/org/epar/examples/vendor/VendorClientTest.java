package org.epar.examples.vendor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the example as a user would, against its local server. */
class VendorClientTest {

  @Test
  void run_buildsChecksAndSubmits_everyReportAccepted() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = VendorClient.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, out);
    assertTrue(out.contains("built daily report 2018-03-15 with 5 transactions"), out);
    assertTrue(out.contains("local check passed"), out);
    assertTrue(out.contains("daily 2018-03-15: ACCEPTED, ON_TIME"), out);
    assertTrue(out.contains("monthly 201803: ACCEPTED, ON_TIME"), out);
    String first =
        out.lines().filter(l -> l.startsWith("monthly 201803: ")).findFirst().orElseThrow();
    String resent =
        out.lines()
            .filter(l -> l.startsWith("monthly 201803 (resent): "))
            .findFirst()
            .orElseThrow();
    // the resend is answered with the first submission, not stored again
    assertEquals(
        first.substring(first.lastIndexOf(' ')), resent.substring(resent.lastIndexOf(' ')));
  }
}
