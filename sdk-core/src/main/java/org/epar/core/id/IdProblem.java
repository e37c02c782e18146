package org.epar.core.id;

/**
 * Stable codes for what can be wrong with an {@link Identifier}.
 *
 * <p>The {@link #code()} strings are part of the API: they appear in findings, on the wire and in
 * the CLI. They are never renamed or reused; new codes are only appended.
 *
 * @since 0.1.0
 */
public enum IdProblem {
  /** The text is empty or blank. */
  EMPTY("id.empty", "the identifier is empty", "标识为空"),
  /** The text has the wrong number of characters for its kind. */
  BAD_LENGTH("id.length", "wrong number of characters", "长度不正确"),
  /** The text contains a character outside the identifier's character set. */
  BAD_CHARACTER("id.character", "character outside the allowed set", "含有不允许的字符"),
  /** The check character does not match the one computed from the body. */
  BAD_CHECK_CHARACTER("id.check", "check character does not match", "校验码不正确"),
  /** The birth date embedded in a citizen identity number is not a real calendar date. */
  BAD_BIRTH_DATE("id.birth-date", "birth date is not a real date", "出生日期不是有效日期"),
  /** The birth date embedded in a citizen identity number lies in the future. */
  FUTURE_BIRTH_DATE("id.birth-date-future", "birth date is in the future", "出生日期晚于今天"),
  /** The area (division) part of an identifier is not a plausible division code. */
  BAD_AREA_CODE("id.area", "area code is not a plausible division code", "行政区划代码不合理"),
  /** A segment of a division code is outside its allowed range (e.g. township 001-599). */
  BAD_SEGMENT("id.segment", "a segment is outside its allowed range", "区划代码某一段超出允许范围"),
  /** A division code has a non-zero segment below a zero segment (e.g. 13 00 25 ...). */
  BAD_HIERARCHY("id.hierarchy", "a lower segment is set while a higher one is zero", "区划代码层级不连续"),
  /**
   * The registration authority or organisation type of a credit code is not one GB 32100 defines.
   */
  BAD_ORGANISATION_TYPE(
      "id.organisation-type",
      "registration authority or organisation type is not defined",
      "登记管理部门或机构类别代码无效"),
  /** A traceability code does not start with a known scheme prefix. */
  UNKNOWN_SCHEME("id.scheme", "unknown traceability scheme", "未知的追溯编码方案"),
  /** A part of a structured code (e.g. the product/batch part of a trace code) is malformed. */
  BAD_PART("id.part", "a part of the code is malformed", "编码的某一部分格式不正确");

  private final String code;
  private final String messageEn;
  private final String messageZh;

  IdProblem(String code, String messageEn, String messageZh) {
    this.code = code;
    this.messageEn = messageEn;
    this.messageZh = messageZh;
  }

  /**
   * The stable code, e.g. {@code id.check}.
   *
   * @return the code, never null
   */
  public String code() {
    return code;
  }

  /**
   * A short English description, free of personal data.
   *
   * @return the message
   */
  public String messageEn() {
    return messageEn;
  }

  /**
   * A short Simplified Chinese description, free of personal data.
   *
   * @return the message
   */
  public String messageZh() {
    return messageZh;
  }
}
