package org.epar.grpc.internal;

import io.grpc.Status.Code;

/** The stable error reasons of ErrorInfo (domain epar.org), with their code and messages. */
public enum Reason {
  UNAUTHENTICATED_TOKEN(Code.UNAUTHENTICATED,
      "A valid bearer token or API key is required.", "需要有效的令牌或 API 密钥。"),
  MISSING_SCOPE(Code.PERMISSION_DENIED,
      "The credential does not allow this call.", "该凭据无权执行此操作。"),
  REPORTER_MISMATCH(Code.PERMISSION_DENIED,
      "The report's reporter is not the authenticated contractor.", "报告的报送单位不是已认证的承办企业。"),
  INVALID_REQUEST_ID(Code.INVALID_ARGUMENT,
      "request_id must be 1 to 128 printable ASCII characters.", "request_id 须为 1 至 128 个可打印 ASCII 字符。"),
  INVALID_HEADER(Code.INVALID_ARGUMENT,
      "The report header is missing or does not fit this call.", "报告头缺失或与本次调用不符。"),
  MALFORMED_FIELD(Code.INVALID_ARGUMENT,
      "A field cannot be read.", "某字段无法解析。"),
  STREAM_OUT_OF_ORDER(Code.INVALID_ARGUMENT,
      "The first stream message must carry the header and request_id, later ones batches only.",
      "流的第一条消息须包含报告头和 request_id，其后只能是数据批次。"),
  TOO_MANY_RECORDS(Code.RESOURCE_EXHAUSTED,
      "The report has more records than this server accepts in one stream.", "报告记录数超过服务器单次接收上限。"),
  MESSAGE_TOO_LARGE(Code.RESOURCE_EXHAUSTED,
      "A message is larger than this server accepts.", "消息大小超过服务器接收上限。"),
  VALIDATION_FAILED(Code.INVALID_ARGUMENT,
      "The report was rejected by validation.", "报告未通过校验，已拒收。"),
  NO_PROFILE_FOR_SCOPE(Code.FAILED_PRECONDITION,
      "The platform has no validation profile for the report's county.", "平台未配置该报告所属县的校验规则。"),
  REQUEST_ID_REUSED(Code.ALREADY_EXISTS,
      "This request_id was already used for a different report.", "该 request_id 已用于另一份不同的报告。"),
  INVALID_NAME(Code.INVALID_ARGUMENT,
      "The name must be submissions/{submission_id}.", "名称须为 submissions/{submission_id}。"),
  SUBMISSION_NOT_FOUND(Code.NOT_FOUND,
      "No such submission.", "未找到该报送记录。"),
  INVALID_PAGE_SIZE(Code.INVALID_ARGUMENT,
      "page_size must not be negative.", "page_size 不能为负数。"),
  INVALID_PAGE_TOKEN(Code.INVALID_ARGUMENT,
      "page_token is not a token this server issued.", "page_token 不是本服务器签发的令牌。"),
  INTERNAL_ERROR(Code.INTERNAL,
      "The server failed; nothing was stored.", "服务器内部错误，未保存任何数据。");

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
