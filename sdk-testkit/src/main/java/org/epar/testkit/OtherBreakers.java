package org.epar.testkit;

import java.util.Map;

/** Rule breakers of the provincial profiles (GD, HLJ, HN, CQ). */
final class OtherBreakers {

  private OtherBreakers() {}

  static void add(Map<String, RuleBreakers.Spec> m) {}
}
