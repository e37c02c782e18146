package org.epar.grpc.internal;

import io.grpc.Status.Code;

/** The stable error reasons of ErrorInfo (domain epar.org), with their code and messages. */
public enum Reason {
  UNAUTHENTICATED_TOKEN(
      Code.UNAUTHENTICATED, "A valid bearer token or API key is required.", "需要有效的令牌或 API 密钥。"),
  INVALID_CLIENT_CERTIFICATE(
      Code.UNAUTHENTICATED,
      "The client certificate names no valid EPAR principal.",
      "客户端证书中的 EPAR 身份无效。"),
  CREDENTIAL_MISMATCH(
      Code.PERMISSION_DENIED,
      "The token and the client certificate name different principals.",
      "令牌与客户端证书的身份不一致。"),
  MISSING_SCOPE(Code.PERMISSION_DENIED, "The credential does not allow this call.", "该凭据无权执行此操作。"),
  REPORTER_MISMATCH(
      Code.PERMISSION_DENIED,
      "The report's reporter is not the authenticated contractor.",
      "报告的报送单位不是已认证的承办企业。"),
  INVALID_REQUEST_ID(
      Code.INVALID_ARGUMENT,
      "request_id must be 1 to 128 visible ASCII characters (no space).",
      "request_id 须为 1 至 128 个可见 ASCII 字符（不含空格）。"),
  INVALID_HEADER(
      Code.INVALID_ARGUMENT,
      "The report header is missing or does not fit this call.",
      "报告头缺失或与本次调用不符。"),
  MALFORMED_FIELD(Code.INVALID_ARGUMENT, "A field cannot be read.", "某字段无法解析。"),
  STREAM_OUT_OF_ORDER(
      Code.INVALID_ARGUMENT,
      "The first stream message must carry the header and request_id, later ones batches only.",
      "流的第一条消息须包含报告头和 request_id，其后只能是数据批次。"),
  MALFORMED_MESSAGE(
      Code.INVALID_ARGUMENT,
      "A message is not a valid protobuf encoding of its type.",
      "消息不是该类型的有效 protobuf 编码。"),
  INCOMPLETE_REPORT(
      Code.INVALID_ARGUMENT,
      "The daily report stream ended without its end message, or the end's record count differs "
          + "from the records received; nothing was stored.",
      "日报数据流缺少结束消息，或结束消息中的记录数与收到的不符，未保存任何数据。"),
  DIGEST_MISMATCH(
      Code.INVALID_ARGUMENT,
      "The end message's digest differs from the records received; nothing was stored.",
      "结束消息中的摘要与收到的记录不符，未保存任何数据。"),
  EMPTY_REPORT(Code.INVALID_ARGUMENT, "The report carries no content.", "报告没有任何内容。"),
  EMPTY_RECORD(Code.INVALID_ARGUMENT, "A record has no field set.", "某条记录没有任何字段。"),
  STREAM_IDLE(
      Code.DEADLINE_EXCEEDED,
      "The stream sent no message for too long; nothing was stored.",
      "数据流长时间没有消息，未保存任何数据。"),
  TOO_MANY_STREAMS(
      Code.RESOURCE_EXHAUSTED,
      "Too many open report streams for this contractor.",
      "该承办企业同时打开的数据流过多。"),
  TOO_MUCH_BUFFERED(
      Code.RESOURCE_EXHAUSTED,
      "This contractor's open streams hold more data than the server buffers.",
      "该承办企业未完成的数据流缓存数据超过服务器上限。"),
  STORE_FULL(
      Code.RESOURCE_EXHAUSTED,
      "The submission store is full; nothing was stored.",
      "报送存储已满，未保存任何数据。"),
  TOO_MANY_RECORDS(
      Code.RESOURCE_EXHAUSTED,
      "The report has more records than this server accepts in one stream.",
      "报告记录数超过服务器单次接收上限。"),
  MESSAGE_TOO_LARGE(
      Code.RESOURCE_EXHAUSTED, "A message is larger than this server accepts.", "消息大小超过服务器接收上限。"),
  VALIDATION_FAILED(
      Code.INVALID_ARGUMENT, "The report was rejected by validation.", "报告未通过校验，已拒收。"),
  NO_PROFILE_FOR_SCOPE(
      Code.FAILED_PRECONDITION,
      "The platform has no validation profile for the report's county.",
      "平台未配置该报告所属县的校验规则。"),
  REQUEST_ID_REUSED(
      Code.ALREADY_EXISTS,
      "This request_id was already used for a different report.",
      "该 request_id 已用于另一份不同的报告。"),
  INVALID_NAME(
      Code.INVALID_ARGUMENT,
      "The name must be submissions/{submission_id}.",
      "名称须为 submissions/{submission_id}。"),
  SUBMISSION_NOT_FOUND(Code.NOT_FOUND, "No such submission.", "未找到该报送记录。"),
  INVALID_PAGE_SIZE(Code.INVALID_ARGUMENT, "page_size must not be negative.", "page_size 不能为负数。"),
  INVALID_PAGE_TOKEN(
      Code.INVALID_ARGUMENT,
      "page_token is not a token this server issued.",
      "page_token 不是本服务器签发的令牌。"),
  INVALID_FILTER(
      Code.INVALID_ARGUMENT,
      "period_from and period_to must be ISO-8601 dates (YYYY-MM-DD), period_from not after"
          + " period_to.",
      "period_from 与 period_to 须为 ISO-8601 日期（YYYY-MM-DD），且 period_from 不晚于 period_to。"),
  NOT_ALLOWED_TO_ASSESS(
      Code.PERMISSION_DENIED, "The caller may not read this assessment.", "调用方无权查看该考核结果。"),
  INVALID_COUNTY(
      Code.INVALID_ARGUMENT,
      "county must be a valid 6-digit county code.",
      "county 须为有效的 6 位县级区划代码。"),
  INVALID_AS_OF(
      Code.INVALID_ARGUMENT,
      "as_of must be an ISO-8601 date (YYYY-MM-DD).",
      "as_of 须为 ISO-8601 日期（YYYY-MM-DD）。"),
  COUNTY_NOT_ASSESSED(
      Code.NOT_FOUND, "The platform has no assessment profile for this county.", "平台未配置该县的考核规则。"),
  ASSESSMENT_UNAVAILABLE(
      Code.UNIMPLEMENTED, "This server does not assess counties.", "本服务器不提供县级考核。"),
  INTERNAL_ERROR(Code.INTERNAL, "The server failed; nothing was stored.", "服务器内部错误，未保存任何数据。");

  private final Code code;
  private final String en;
  private final String zh;

  Reason(Code code, String en, String zh) {
    this.code = code;
    this.en = en;
    this.zh = zh;
  }

  public Code code() {
    return code;
  }

  public String message(Lang lang) {
    return lang.pick(en, zh);
  }
}
