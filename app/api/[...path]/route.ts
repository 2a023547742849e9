// Any method, any /api path no route file serves — public: 404 in the error shape, so API callers never get
// Next's HTML "page not found". Every more specific route (and the inbound receive URLs) wins over this one.
import { AppError } from "@/lib/core/errors";
import { errorResponse } from "@/lib/api/handler";

export const dynamic = "force-dynamic";

function notFound(request: Request): Response {
  const { pathname } = new URL(request.url);
  return errorResponse(
    new AppError("not_found", `No API route at ${pathname.slice(0, 200)}: see /api/v1/openapi.json`),
  );
}

export {
  notFound as GET,
  notFound as HEAD,
  notFound as OPTIONS,
  notFound as POST,
  notFound as PUT,
  notFound as PATCH,
  notFound as DELETE,
};
