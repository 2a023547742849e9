// Requests Node's HTTP parser refuses before any route sees them (headers over 16 KiB, a malformed request line,
// a client too slow to send its headers) are answered here in the API's error shape, not Node's bare status line.
import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import { errorBody, statusOf } from "./errors";
import { AppError, type ErrorCode } from "../core/errors";

const ANSWERS: Record<string, { code: ErrorCode; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    code: "headers_too_large",
    message: "The request line and headers are larger than the server accepts (16 KiB)",
  },
  ERR_HTTP_REQUEST_TIMEOUT: { code: "request_timeout", message: "The request took too long to arrive" },
};

/** The 'clientError' listener of the production server. */
export function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  // Nothing can be answered on a connection the client already closed.
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const answer = ANSWERS[error.code ?? ""] ?? {
    code: "bad_request" as const,
    message: "The request is not valid HTTP",
  };
  const refusal = new AppError(answer.code, answer.message);
  const status = statusOf(refusal);
  const body = JSON.stringify(errorBody(refusal));
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
