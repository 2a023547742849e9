// A constant-rate load: request n is sent at start + n / rate whatever the earlier ones are doing (an open model,
// like autocannon's overallRate), so a slow server shows as latency, not as a lower rate the client chose. Notes
// when each request went out and the status it got (0 for a connection error).
import type { Dispatcher } from "undici";

export interface PacedRun {
  sentAt: number[];
  statuses: number[];
  achievedRate: number;
}

export async function paceRequests(
  rate: number,
  seconds: number,
  send: (n: number) => Promise<Dispatcher.ResponseData>,
): Promise<PacedRun> {
  const total = Math.round(rate * seconds);
  const sentAt: number[] = [];
  const statuses: number[] = [];
  const inFlight: Promise<void>[] = [];
  const started = Date.now();
  let next = 0;
  while (next < total) {
    const due = Math.min(total, Math.floor(((Date.now() - started) / 1000) * rate) + 1);
    for (; next < due; next++) {
      const n = next;
      sentAt[n] = Date.now();
      inFlight.push(
        send(n).then(
          async (response) => {
            statuses[n] = response.statusCode;
            await response.body.dump();
          },
          () => {
            statuses[n] = 0;
          },
        ),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  const achievedRate = total / ((Date.now() - started) / 1000);
  await Promise.all(inFlight);
  return { sentAt, statuses, achievedRate };
}
