package org.epar.spreadsheet.internal;

import org.epar.core.id.CitizenId;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;

/** The input hint of a column, in Chinese, shown in the header's note. */
public final class Hints {

  private Hints() {}

  /**
   * The hint of a column.
   *
   * @param layout the column's layout
   * @param column the column
   * @return the hint, e.g. {@code 日期，如 2017-05-01}
   */
  public static String of(Layout layout, Column column) {
    StringBuilder sb = new StringBuilder();
    switch (column.kind()) {
      case IDENTIFIER -> {
        Class<?> t = column.valueType();
        if (t == CitizenId.class) {
          sb.append("18位公民身份号码（个人信息），请将本列设为文本格式");
        } else if (t == DivisionCode.class) {
          sb.append("12位统计用区划代码，请将本列设为文本格式");
        } else if (t == CreditCode.class) {
          sb.append("18位统一社会信用代码");
        } else {
          sb.append("追溯码");
        }
      }
      case ENUM ->
          sb.append(column.multi() ? "可选多项，用“、”分隔：" : "从下拉列表选择：")
              .append(String.join("、", Cells.terms(column.valueType())));
      case BOOLEAN -> sb.append("从下拉列表选择：是、否");
      case INT -> sb.append("整数");
      case DECIMAL -> sb.append("数字");
      case MONEY -> sb.append("金额，单位元，最多两位小数");
      case DATE -> sb.append("日期，如 2017-05-01");
      case DATE_TIME -> sb.append("日期时间，如 2017-05-01T09:30:00+08:00");
      case TEXT -> sb.append(column.multi() ? "可填多项，用“、”分隔" : "文本");
    }
    if (column.multi() && column.kind() != Kind.ENUM && column.kind() != Kind.TEXT) {
      sb.append("；可填多项，用“、”分隔");
    }
    if (column.required()) {
      sb.append("；必填");
    }
    if (column.nested()) {
      sb.append("；每行一项，同一记录的各行填写相同的").append(layout.columns().get(0).label());
    }
    return sb.toString();
  }
}
