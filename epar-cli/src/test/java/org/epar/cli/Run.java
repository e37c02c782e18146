package org.epar.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.epar.core.privacy.Masking;

/** One run of {@code epar} with captured output. */
record Run(int exitCode, String out, String err) {

  /**
   * Whether {@code text} names {@code file} followed by {@code suffix}, as given or with digit runs
   * that look like a citizen id masked (a random temp directory may contain one).
   */
  static boolean names(String text, Object file, String suffix) {
    return text.contains(file + suffix) || text.contains(Masking.text(file.toString()) + suffix);
  }

  static Run epar(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Epar.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }

  /**
   * {@code epar --lang LANG validate --profile PROFILE --as-of AS_OF REST...}.
   *
   * @param lang {@code en} or {@code zh}
   * @param profile the profile id
   * @param asOf the as-of date
   * @param rest further options and the input files
   */
  static Run validate(String lang, String profile, Object asOf, String... rest) {
    String[] args = new String[7 + rest.length];
    String[] head = {"--lang", lang, "validate", "--profile", profile, "--as-of", asOf.toString()};
    System.arraycopy(head, 0, args, 0, head.length);
    System.arraycopy(rest, 0, args, head.length, rest.length);
    return epar(args);
  }

  String all() {
    return out + err;
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
  }
}
