package org.epar.grpc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.epar.grpc.internal.Redact;
import org.junit.jupiter.api.Test;

/** What the server echoes of client text: exact masking and length boundaries. */
class RedactTest {

  @Test
  void digitRuns_ofEightAreKept_ofNineAreMasked() {
    assertEquals("T-20180402-5", Redact.echo("T-20180402-5"));
    assertEquals("id-*********", Redact.echo("id-123456789"));
    assertEquals("******************", Redact.echo("11010519491231002X"));
    assertEquals("tel ***********", Redact.echo("tel 13812345678"));
    assertEquals("tel *************", Redact.echo("tel 138 1234 5678"));
    assertEquals("tel *************", Redact.echo("tel 138-1234-5678"));
    assertEquals("********************", Redact.echo("110105 19491231 002X"));
  }

  @Test
  void nonAsciiCharacters_areMaskedOnePerCodePoint() {
    assertEquals("name ***", Redact.echo("name 张三丰"));
    assertEquals("a*b", Redact.echo("a\uD83D\uDE00b"));
    assertEquals("a*b", Redact.echo("a\nb"));
  }

  @Test
  void echo_of64CharactersIsKept_65IsCutWithAnEllipsis() {
    String s64 = "a".repeat(64);
    assertEquals(s64, Redact.echo(s64));
    assertEquals(s64 + "…", Redact.echo(s64 + "b"));
    assertEquals(s64 + "…", Redact.echo("a".repeat(3_000_000)));
  }

  @Test
  void paths_areMaskedSegmentBySegment() {
    assertEquals(
        "disbursement/" + "x".repeat(64) + "…/amount",
        Redact.echoPath("disbursement/" + "x".repeat(500) + "/amount"));
    assertEquals("site/***/name", Redact.echoPath("site/张三丰/name"));
  }

  @Test
  void messages_keepChineseText_maskNumbers_cutLongWords() {
    assertEquals("金额不能为负数。", Redact.message("金额不能为负数。", 200));
    assertEquals("值 ************** 无效", Redact.message("值 13812345678901 无效", 200));
    assertEquals(
        "v " + "9".repeat(8) + " x " + "y".repeat(64) + "…",
        Redact.message("v 99999999 x " + "y".repeat(100), 200));
    assertEquals("ab…", Redact.message("abc", 2));
  }
}
