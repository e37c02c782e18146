#!/usr/bin/env python3
"""Generates epar/v1/model.proto and org.epar.grpc.internal.ModelCodec from the sdk-core records.

The records in sdk-core/src/main/java/org/epar/core/model are the source of truth: their record
components give the proto fields (in declaration order, numbered from 1) and their Javadoc @param
lines give the field comments. Run from the repository root after a model change:

    python3 sdk-grpc/tools/gen_model.py

and commit both outputs. The round-trip property tests fail if the outputs are stale. Field numbers
follow declaration order, so a model change that reorders or removes components is a wire break;
`buf breaking` (docs/protocol.md) catches it.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MODEL = os.path.join(ROOT, "sdk-core/src/main/java/org/epar/core/model")
PROTO_OUT = os.path.join(ROOT, "sdk-grpc/src/main/proto/epar/v1/model.proto")
JAVA_OUT = os.path.join(ROOT, "sdk-grpc/src/main/java/org/epar/grpc/internal/ModelCodec.java")

IDS = {"DivisionCode", "CitizenId", "CreditCode", "TraceCode"}
SKIP = {"EparRecord", "Report", "RecordType", "ReportStatus"}  # not data, or not carried


def snake(name):
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def upper_snake(name):
    return snake(name).upper()


def camel_proto(field):
    """protoc's Java name for a field: capitalise after '_' and after a digit."""
    out, up = [], True
    for ch in field:
        if ch == "_":
            up = True
            continue
        if up and ch.isalpha():
            out.append(ch.upper())
            up = False
        else:
            out.append(ch)
            up = ch.isdigit()
        if ch.isalpha():
            up = False
    return "".join(out)


def javadoc_before(src, idx):
    end = src.rfind("*/", 0, idx)
    start = src.rfind("/**", 0, end)
    return src[start + 3:end]


def clean(text):
    text = re.sub(r"\{@(?:link|code)\s+([^}]*)\}", r"\1", text)
    text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    text = re.sub(r"<[^>]+>", "", text)
    return " ".join(text.split())


def summary(doc):
    body = []
    for line in doc.splitlines():
        line = line.strip().lstrip("*").strip()
        if line.startswith("@"):
            break
        if not line and body:
            break
        if line:
            body.append(line)
    return clean(" ".join(body))


def params(doc):
    out, cur = {}, None
    for line in doc.splitlines():
        line = line.strip().lstrip("*").strip()
        m = re.match(r"@param\s+(\w+)\s*(.*)", line)
        if m:
            cur = m.group(1)
            out[cur] = m.group(2)
        elif line.startswith("@"):
            cur = None
        elif cur and line:
            out[cur] += " " + line
    return {k: clean(v) for k, v in out.items()}


enums, records = {}, {}
for fn in sorted(os.listdir(MODEL)):
    if not fn.endswith(".java") or fn == "package-info.java":
        continue
    name = fn[:-5]
    if name in SKIP or name == "Dataset":
        pass
    src = open(os.path.join(MODEL, fn), encoding="utf-8").read()
    m = re.search(r"public enum (\w+) \{", src)
    if m and name not in SKIP:
        consts = []
        for cm in re.finditer(r"\n  /\*\*(.*?)\*/\n  ([A-Z0-9_]+)\(", src, re.S):
            consts.append((cm.group(2), clean(cm.group(1).replace("*", " "))))
        enums[name] = (summary(javadoc_before(src, m.start())), consts)
        continue
    m = re.search(r"public record (\w+)\((.*?)\)\s*(?:implements [\w, ]+)?\s*\{", src, re.S)
    if m and name not in SKIP:
        comps = []
        for part in re.split(r",(?![^<]*>)", m.group(2)):
            part = re.sub(r"@[\w.]+\s+", "", part.strip())
            typ, var = part.rsplit(None, 1)
            comps.append((typ.strip(), var.strip()))
        doc = javadoc_before(src, m.start())
        records[name] = (summary(doc), params(doc), comps)

enums["ReportType"] = ("The kind of report: daily, monthly, quarterly or annual.", [
    ("DAILY", "日报: daily report over a day, sent automatically."),
    ("MONTHLY", "月报: monthly report over a month."),
    ("QUARTERLY", "季报: quarterly report over a quarter."),
    ("ANNUAL", "年报: annual report over a year.")])


def kind(typ):
    if typ in ("String",):
        return "str"
    if typ in IDS:
        return "id"
    if typ == "LocalDate":
        return "date"
    if typ == "OffsetDateTime":
        return "datetime"
    if typ == "Money":
        return "money"
    if typ == "BigDecimal":
        return "decimal"
    if typ in ("Integer", "Long", "Boolean"):
        return "boxed"
    if typ in ("int", "long", "boolean"):
        return "prim"
    if typ == "ReportingPeriod":
        return "period"
    if typ in enums:
        return "enum"
    if typ in records:
        return "msg"
    m = re.match(r"(List|Set)<(\w+)>", typ)
    if m:
        return "rep_" + kind(m.group(2))
    if typ == "Map<String, BigDecimal>":
        return "map_decimal"
    raise SystemExit("unmapped type " + typ)


def proto_field(typ, var):
    k = kind(typ)
    f = snake(var)
    elem = re.sub(r"^(List|Set)<(\w+)>$", r"\2", typ)
    table = {
        "str": ("optional string", f), "id": ("optional string", f),
        "date": ("optional string", f), "datetime": ("optional string", f),
        "money": ("optional int64", f + "_fen"), "decimal": ("optional string", f),
        "boxed": ({"Integer": "optional int32", "Long": "optional int64", "Boolean": "optional bool"}.get(typ), f),
        "prim": ({"int": "int32", "long": "int64", "boolean": "bool"}.get(typ), f),
        "period": ("optional string", f), "enum": (typ, f), "msg": (typ, f),
        "rep_str": ("repeated string", f), "rep_id": ("repeated string", f),
        "rep_date": ("repeated string", f), "rep_enum": ("repeated " + elem, f),
        "rep_msg": ("repeated " + elem, f), "map_decimal": ("map<string, string>", f),
    }
    return table[k]


NOTE = {
    "str": "Unset means absent (null); \"\" is an empty string.",
    "id": "The identifier's raw text exactly as given, valid or not; unset means absent.",
    "date": "ISO-8601 date, YYYY-MM-DD; unset means absent.",
    "datetime": "ISO-8601 date-time with offset, e.g. 2018-03-15T10:15:30+08:00; unset means absent.",
    "money": "Amount in fen (分, 1 yuan = 100 fen), exact; unset means absent.",
    "decimal": "Exact decimal as text, e.g. \"0.45\" (scale preserved); unset means absent.",
    "boxed": "Unset means absent.",
    "period": "Reporting period id: 20180315, 2018W11, 201803, 2018Q1 or 2018; unset means absent.",
    "enum": "The UNSPECIFIED value means absent.",
    "msg": "Unset means absent.",
    "rep_id": "Each element is an identifier's raw text.",
    "rep_date": "Each element is an ISO-8601 date, YYYY-MM-DD.",
    "rep_enum": "A set: order carries no meaning; duplicates and UNSPECIFIED are ignored.",
    "map_decimal": "Values are exact decimals as text (scale preserved).",
}


def field_comment(desc, k):
    desc = re.sub(r";\s*may be null$", "", desc or "").strip()
    desc = desc[:1].upper() + desc[1:]
    if desc and not desc.endswith("."):
        desc += "."
    note = NOTE.get(k, "")
    return (desc + " " + note).strip()


def wrap(text, indent, width=100):
    words, lines, cur = text.split(), [], indent + "//"
    for w in words:
        if len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = indent + "//"
        cur += " " + w
    lines.append(cur)
    return "\n".join(lines)


# ---------------------------------------------------------------- proto
order = [n for n in records if n != "Dataset"] + ["Dataset"]
out = ["""// Generated by sdk-grpc/tools/gen_model.py from the sdk-core model records: do not edit by hand.
//
// Conventions (see docs/protocol.md):
// - identifiers are strings carrying the raw text exactly as given, so an invalid identifier
//   travels unchanged and is reported by validation, not lost by the transport;
// - money is an int64 count of fen (分) in a field named *_fen: exact, no floating point;
// - dates are ISO-8601 strings (YYYY-MM-DD), date-times ISO-8601 with offset, decimals exact text;
// - a nullable scalar is a proto3 `optional` field: unset means null, so null, 0 and "" differ;
// - every enum has an *_UNSPECIFIED = 0 value, which means null.

syntax = "proto3";

package epar.v1;

option java_multiple_files = true;
option java_package = "org.epar.grpc.v1";
option java_outer_classname = "ModelProto";
"""]
for name in sorted(enums):
    doc, consts = enums[name]
    prefix = upper_snake(name)
    out.append(wrap(doc, "") + "\nenum " + name + " {")
    out.append("  // Not set: the value is absent (null in the Java model).")
    out.append("  %s_UNSPECIFIED = 0;" % prefix)
    for i, (c, cdoc) in enumerate(consts, 1):
        out.append(wrap(cdoc or c, "  "))
        out.append("  %s_%s = %d;" % (prefix, c, i))
    out.append("}\n")
for name in order:
    doc, ps, comps = records[name]
    out.append(wrap(doc, "") + "\nmessage " + name + " {")
    for i, (typ, var) in enumerate(comps, 1):
        ptype, fname = proto_field(typ, var)
        out.append(wrap(field_comment(ps.get(var), kind(typ)), "  "))
        out.append("  %s %s = %d;" % (ptype, fname, i))
    out.append("}\n")
open(PROTO_OUT, "w", encoding="utf-8").write("\n".join(out).rstrip() + "\n")

# ---------------------------------------------------------------- java
rsrc = open(os.path.join(MODEL, "RecordType.java"), encoding="utf-8").read()
rtypes = {m.group(2): m.group(1) for m in re.finditer(r"\n  ([A-Z_]+)\(\"\w+\", \"\w+\", (\w+)\.class\)", rsrc)}
P = "org.epar.grpc.v1."
j = []
j.append("""package org.epar.grpc.internal;

// Generated by sdk-grpc/tools/gen_model.py from the sdk-core model records: do not edit by hand.

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.epar.core.id.CitizenId;
import org.epar.core.id.CreditCode;
import org.epar.core.id.DivisionCode;
import org.epar.core.id.TraceCode;
import org.epar.core.model.*;
import org.epar.core.money.Money;
import org.epar.core.period.ReportType;
import org.epar.core.period.ReportingPeriod;
import org.epar.grpc.ProtoMappingException;
import org.jspecify.annotations.Nullable;

/**
 * Lossless conversion between the sdk-core model and the {@code epar.v1} messages, one
 * {@code toProto} and one {@code fromProto} per type. {@code fromProto} throws
 * {@link ProtoMappingException} naming the field when a text field cannot be read back (a bad
 * date, decimal or period id); it never throws for an invalid identifier, which is carried as is.
 */
public final class ModelCodec {

  private ModelCodec() {}
""")
for name in sorted(enums):
    prefix = upper_snake(name)
    consts = [c for c, _ in enums[name][1]]
    j.append("  public static %s%s toProto(@Nullable %s v) {" % (P, name, name))
    j.append("    if (v == null) {\n      return %s%s.%s_UNSPECIFIED;\n    }" % (P, name, prefix))
    j.append("    return switch (v) {")
    for c in consts:
        j.append("      case %s -> %s%s.%s_%s;" % (c, P, name, prefix, c))
    j.append("    };\n  }\n")
    j.append("  public static @Nullable %s fromProto(%s%s v) {" % (name, P, name))
    j.append("    return switch (v) {")
    for c in consts:
        j.append("      case %s_%s -> %s.%s;" % (prefix, c, name, c))
    j.append("      default -> null;\n    };\n  }\n")


def to_stmt(typ, var, fname):
    k = kind(typ)
    acc = "v.%s()" % var
    J = camel_proto(fname)
    simple = {
        "str": "b.set%s(%s)", "id": "b.set%s(%s.raw())", "date": "b.set%s(%s.toString())",
        "datetime": "b.set%s(%s.toString())", "money": "b.set%s(%s.fen())",
        "decimal": "b.set%s(%s.toString())", "boxed": "b.set%s(%s)", "period": "b.set%s(%s.id())",
        "msg": "b.set%s(toProto(%s))",
    }
    if k in simple:
        return "    if (%s != null) {\n      %s;\n    }" % (acc, simple[k] % (J, acc))
    if k == "prim":
        return "    b.set%s(%s);" % (J, acc)
    if k == "enum":
        return "    b.set%s(toProto(%s));" % (J, acc)
    if k == "rep_str":
        return "    b.addAll%s(%s);" % (J, acc)
    if k == "rep_id":
        return "    %s.forEach(x -> b.add%s(x.raw()));" % (acc, J)
    if k == "rep_date":
        return "    %s.forEach(x -> b.add%s(x.toString()));" % (acc, J)
    if k in ("rep_enum", "rep_msg"):
        return "    %s.forEach(x -> b.add%s(toProto(x)));" % (acc, J)
    if k == "map_decimal":
        return "    %s.forEach((key, value) -> b.put%s(key, value.toString()));" % (acc, J)
    raise SystemExit(k)


def from_expr(typ, var, fname):
    k = kind(typ)
    J = camel_proto(fname)
    get, has = "p.get%s()" % J, "p.has%s()" % J
    path = '"%s"' % fname
    elem = re.sub(r"^(List|Set)<(\w+)>$", r"\2", typ)
    if k == "str":
        return "%s ? %s : null" % (has, get)
    if k == "id":
        return "%s ? new %s(%s) : null" % (has, typ, get)
    if k == "date":
        return "%s ? date(%s, %s) : null" % (has, get, path)
    if k == "datetime":
        return "%s ? dateTime(%s, %s) : null" % (has, get, path)
    if k == "money":
        return "%s ? Money.ofFen(%s) : null" % (has, get)
    if k == "decimal":
        return "%s ? decimal(%s, %s) : null" % (has, get, path)
    if k == "boxed":
        return "%s ? %s : null" % (has, get)
    if k == "period":
        return "%s ? period(%s, %s) : null" % (has, get, path)
    if k == "msg":
        return "%s ? fromProto(%s) : null" % (has, get)
    if k == "prim":
        return get
    if k == "enum":
        return "fromProto(%s)" % get
    if k == "rep_str":
        return "p.get%sList()" % J
    if k == "rep_id":
        return "map(p.get%sList(), %s::new)" % (J, elem)
    if k == "rep_date":
        return "map(p.get%sList(), x -> date(x, %s))" % (J, path)
    if k == "rep_enum":
        return "enums(p.get%sList(), ModelCodec::fromProto)" % J
    if k == "rep_msg":
        return "map(p.get%sList(), ModelCodec::fromProto)" % J
    if k == "map_decimal":
        return "decimals(p.get%sMap(), %s)" % (J, path)
    raise SystemExit(k)


for name in order:
    doc, ps, comps = records[name]
    j.append("  public static %s%s toProto(%s v) {" % (P, name, name))
    j.append("    %s%s.Builder b = %s%s.newBuilder();" % (P, name, P, name))
    for typ, var in comps:
        j.append(to_stmt(typ, var, proto_field(typ, var)[1]))
    j.append("    return b.build();\n  }\n")
    j.append("  public static %s fromProto(%s%s p) {" % (name, P, name))
    j.append("    return new %s(" % name)
    args = ["        " + from_expr(t, v, proto_field(t, v)[1]) for t, v in comps]
    j.append(",\n".join(args) + ");\n  }\n")

j.append("  /** Any record to its message. */")
j.append("  public static com.google.protobuf.Message toProtoRecord(EparRecord r) {")
j.append("    return switch (r.recordType()) {")
for name in order:
    if name in rtypes:
        j.append("      case %s -> toProto((%s) r);" % (rtypes[name], name))
j.append("    };\n  }\n")
j.append("  /** A record message back to its record; empty for a message that is not a record. */")
j.append("  public static java.util.Optional<EparRecord> fromProtoRecord(com.google.protobuf.Message m) {")
for name in order:
    if name in rtypes:
        j.append("    if (m instanceof %s%s p) {\n      return java.util.Optional.of(fromProto(p));\n    }" % (P, name))
j.append("    return java.util.Optional.empty();\n  }\n")

j.append("""  private static <A, B> List<B> map(List<A> in, Function<? super A, ? extends B> f) {
    List<B> out = new ArrayList<>(in.size());
    for (A a : in) {
      out.add(f.apply(a));
    }
    return out;
  }

  private static <A, E extends Enum<E>> Set<E> enums(List<A> in, Function<? super A, @Nullable E> f) {
    Set<E> out = new HashSet<>();
    for (A a : in) {
      E e = f.apply(a);
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  private static LocalDate date(String text, String field) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new ProtoMappingException(field, "not an ISO-8601 date (YYYY-MM-DD)", e);
    }
  }

  private static OffsetDateTime dateTime(String text, String field) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new ProtoMappingException(field, "not an ISO-8601 date-time with offset", e);
    }
  }

  private static BigDecimal decimal(String text, String field) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new ProtoMappingException(field, "not a decimal number", e);
    }
  }

  private static ReportingPeriod period(String text, String field) {
    try {
      return ReportingPeriod.parse(text);
    } catch (RuntimeException e) {
      throw new ProtoMappingException(field, "not a reporting period id", e);
    }
  }

  private static Map<String, BigDecimal> decimals(Map<String, String> in, String field) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    in.forEach((k, v) -> out.put(k, decimal(v, field + "[" + k + "]")));
    return out;
  }
}
""")
open(JAVA_OUT, "w", encoding="utf-8").write("\n".join(j))
print("records", len(records), "enums", len(enums))
