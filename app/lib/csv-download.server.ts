/** A CSV file to download: UTF-8, never cached by a shared cache (it may hold a region's data). */
export function csvResponse(body: string, fileName: string): Response {
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}

/**
 * Runs a download's loader. The shared guards throw `data({ message }, { status })` for pages'
 * error boundaries; a download has no boundary, so the refusal becomes a plain-text answer
 * with the same status and message (redirects to the login page pass through).
 */
export async function downloadOrRefusal(load: () => Promise<Response>): Promise<Response> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof Response) return error;
    const refusal = error as { type?: string; data?: { message?: unknown }; init?: { status?: number } | null };
    if (refusal?.type === "DataWithResponseInit" && refusal.init?.status) {
      const message = typeof refusal.data?.message === "string" ? refusal.data.message : "";
      return new Response(message, {
        status: refusal.init.status,
        headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
      });
    }
    throw error;
  }
}
