"use client";

import type { WorkLine } from "@jinxiu/workshop/domain";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { browserOutbox } from "@/lib/desk/outbox-storage";
import {
  composeBatch,
  discardRefused,
  enqueue,
  flushQueue,
  nextAttemptAt,
  takeRefusedForFixing,
  type FlushReport,
  type QueuedBatch,
  type SendResult,
} from "@/lib/desk/queue";
import { newIdempotencyKey } from "@/lib/desk/work-line";

const ENDPOINT = "/api/desk/work-entries";
const REQUEST_TIMEOUT_MS = 45_000;

/** One attempt: the batch's lines with its own Idempotency-Key, to the desk's route handler. */
async function sendBatch(batch: QueuedBatch): Promise<SendResult> {
  try {
    const response = await fetch(ENDPOINT, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": batch.key },
      body: JSON.stringify({ lines: batch.lines }),
      credentials: "same-origin",
      cache: "no-store",
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    let body: unknown = null;
    try {
      body = await response.json();
    } catch {
      body = null;
    }
    return { kind: "response", status: response.status, body };
  } catch {
    return { kind: "network-error" };
  }
}

/**
 * The desk's outbox in the browser: batches are saved on the phone before they are sent, sent
 * again with the same key when the connection comes back ("online"), on a growing timer, when the
 * page becomes visible again, and on "send now".
 */
export function useOutbox(coordinatorId: string, onAnswered: (report: FlushReport) => void) {
  const store = useMemo(() => browserOutbox(coordinatorId), [coordinatorId]);
  const [batches, setBatches] = useState<QueuedBatch[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [online, setOnline] = useState(true);
  const [sending, setSending] = useState(false);
  const [lastReport, setLastReport] = useState<FlushReport | null>(null);
  const running = useRef(false);
  const again = useRef<boolean | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const answered = useRef(onAnswered);
  answered.current = onAnswered;

  const reload = useCallback(() => setBatches(store.load()), [store]);

  const flush = useCallback(
    async (force = false): Promise<void> => {
      if (running.current) {
        // Another run is going on: go round once more when it ends.
        again.current = (again.current ?? false) || force;
        return;
      }
      running.current = true;
      setSending(true);
      clearTimeout(timer.current);
      try {
        const run = () => flushQueue(store, sendBatch, Date.now, force);
        // One tab at a time sends this coordinator's outbox (the keys make doubles harmless anyway).
        const report: FlushReport =
          typeof navigator !== "undefined" && navigator.locks
            ? await navigator.locks.request(`jinxiu-desk-outbox-${coordinatorId}`, run)
            : await run();
        setLastReport(report);
        if (report.confirmed.length || report.refused.length || report.stoppedBy) answered.current(report);
      } finally {
        running.current = false;
        setSending(false);
        reload();
        const rerun = again.current;
        again.current = null;
        if (rerun !== null) {
          void flush(rerun);
        } else {
          const at = nextAttemptAt(store.load());
          if (at !== undefined) timer.current = setTimeout(() => void flush(), Math.max(0, at - Date.now()));
        }
      }
    },
    [store, coordinatorId, reload]
  );

  useEffect(() => {
    reload();
    setLoaded(true);
    setOnline(navigator.onLine);
    void flush(true);
    const goOnline = () => {
      setOnline(true);
      void flush(true);
    };
    const goOffline = () => setOnline(false);
    const onStorage = (event: StorageEvent) => {
      if (event.key === null || event.key.startsWith("jinxiu.desk.outbox.")) reload();
    };
    const onVisible = () => {
      if (document.visibilityState === "visible") void flush();
    };
    window.addEventListener("online", goOnline);
    window.addEventListener("offline", goOffline);
    window.addEventListener("storage", onStorage);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      window.removeEventListener("online", goOnline);
      window.removeEventListener("offline", goOffline);
      window.removeEventListener("storage", onStorage);
      document.removeEventListener("visibilitychange", onVisible);
      clearTimeout(timer.current);
    };
  }, [flush, reload]);

  /** Saves a new batch on the phone (with a new key), then tries to send it. */
  const submit = useCallback(
    (lines: WorkLine[]) => {
      const batch = composeBatch(lines, newIdempotencyKey(), Date.now());
      store.save(enqueue(store.load(), batch));
      reload();
      void flush(true);
      return batch;
    },
    [store, reload, flush]
  );

  const discard = useCallback(
    (key: string) => {
      store.save(discardRefused(store.load(), key));
      reload();
    },
    [store, reload]
  );

  const takeForFixing = useCallback(
    (key: string) => {
      const { queue, batch } = takeRefusedForFixing(store.load(), key);
      store.save(queue);
      reload();
      return batch;
    },
    [store, reload]
  );

  return { batches, loaded, online, sending, lastReport, submit, discard, takeForFixing, sendNow: () => flush(true) };
}
