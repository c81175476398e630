import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";

// One process serves the portal, so memory counters are enough; they reset on restart.
const limiters = {
  loginPerIp: new RateLimiterMemory({ keyPrefix: "login-ip", points: 30, duration: 15 * 60 }),
  loginPerAccount: new RateLimiterMemory({ keyPrefix: "login-email", points: 8, duration: 15 * 60 }),
  signupPerIp: new RateLimiterMemory({ keyPrefix: "signup-ip", points: 10, duration: 60 * 60 }),
  resetPerIp: new RateLimiterMemory({ keyPrefix: "reset-ip", points: 10, duration: 60 * 60 }),
  resetPerAccount: new RateLimiterMemory({ keyPrefix: "reset-email", points: 3, duration: 60 * 60 }),
  // "Send me a new confirmation link": a few per hour, so the button can't flood a mailbox.
  verifyEmailPerAccount: new RateLimiterMemory({ keyPrefix: "verify-email", points: 3, duration: 60 * 60 }),
};

export type LimitName = keyof typeof limiters;

/** Consumes one point; returns the seconds to wait when the limit is reached. */
export async function hitLimit(
  name: LimitName,
  key: string,
): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  try {
    await limiters[name].consume(key.toLowerCase());
    return { ok: true };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.ceil(error.msBeforeNext / 1000) };
    throw error;
  }
}

export async function resetLimit(name: LimitName, key: string): Promise<void> {
  await limiters[name].delete(key.toLowerCase());
}

/** The client's address from the HTTP server (Express's req.ip), never from a spoofable header. */
export function clientKey(context: { clientIp?: unknown } | undefined): string {
  return typeof context?.clientIp === "string" && context.clientIp ? context.clientIp : "local";
}
