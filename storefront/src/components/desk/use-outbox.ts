"use client";

import type { WorkLine } from "@jinxiu/workshop/domain/work-lines";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { browserOutbox, outboxStorageKey } from "@/lib/desk/outbox-storage";
import {
  classify,
  composeBatch,
  discardRefused,
  enqueue,
  flushQueue,
  nextAttemptAt,
  takeRefusedForFixing,
  type FlushReport,
  type OutboxItem,
  type Outcome,
  type QueuedBatch,
  type QueueStore,
  type SendResult,
} from "@/lib/desk/queue";
import { newIdempotencyKey } from "@/lib/desk/work-line";

const ENDPOINT = "/api/desk/work-entries";
const REQUEST_TIMEOUT_MS = 45_000;

/** One attempt: a JSON body with the item's own Idempotency-Key, to one of the desk's route handlers. */
export async function postWithKey(endpoint: string, key: string, body: unknown): Promise<SendResult> {
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", "idempotency-key": key },
      body: JSON.stringify(body),
      credentials: "same-origin",
      cache: "no-store",
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    let answer: unknown = null;
    try {
      answer = await response.json();
    } catch {
      answer = null;
    }
    return { kind: "response", status: response.status, body: answer };
  } catch {
    return { kind: "network-error" };
  }
}

/** One attempt: the batch's lines with its own Idempotency-Key, to the desk's route handler. */
function sendBatch(batch: QueuedBatch): Promise<SendResult> {
  return postWithKey(ENDPOINT, batch.key, { lines: batch.lines });
}

/**
 * An outbox on the phone, sent in the background: again with the same keys when the connection
 * comes back ("online"), on a growing timer, when the page becomes visible again, and on "send
 * now". One tab at a time sends it (`lockName`).
 */
export function useSendingQueue<T extends OutboxItem, R>({
  store,
  send,
  judge,
  lockName,
  storageName,
  onAnswered,
}: {
  store: QueueStore<T>;
  send: (item: T) => Promise<SendResult>;
  judge: (result: SendResult) => Outcome<R>;
  lockName: string;
  /** the localStorage name of this outbox: another tab's change reloads it */
  storageName: string;
  onAnswered: (report: FlushReport<T, R>) => void;
}) {
  const [items, setItems] = useState<T[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [online, setOnline] = useState(true);
  const [sending, setSending] = useState(false);
  const [lastReport, setLastReport] = useState<FlushReport<T, R> | null>(null);
  const running = useRef(false);
  const again = useRef<boolean | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const answered = useRef(onAnswered);
  answered.current = onAnswered;
  const sender = useRef({ send, judge });
  sender.current = { send, judge };

  const reload = useCallback(() => setItems(store.load()), [store]);

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
        const run = () => flushQueue<T, R>(store, (item) => sender.current.send(item), Date.now, force, (r) => sender.current.judge(r));
        // One tab at a time sends this outbox (the keys make doubles harmless anyway).
        const report: FlushReport<T, R> =
          typeof navigator !== "undefined" && navigator.locks ? await navigator.locks.request(lockName, run) : await run();
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
    [store, lockName, reload]
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
      if (event.key === null || event.key === storageName) reload();
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
  }, [flush, reload, storageName]);

  /** Saves a new item on the phone, then tries to send it. */
  const add = useCallback(
    (item: T) => {
      store.save(enqueue(store.load(), item));
      reload();
      void flush(true);
      return item;
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

  return { items, loaded, online, sending, lastReport, add, discard, reload, sendNow: () => flush(true) };
}

/**
 * The desk's outbox of work batches in the browser: batches are saved on the phone before they
 * are sent, and sent again with the same key until the backend gives a definite answer.
 */
export function useOutbox(coordinatorId: string, onAnswered: (report: FlushReport) => void) {
  const store = useMemo(() => browserOutbox(coordinatorId), [coordinatorId]);
  const queue = useSendingQueue<QueuedBatch, FlushReport["confirmed"][number]["response"]>({
    store,
    send: sendBatch,
    judge: classify,
    lockName: `jinxiu-desk-outbox-${coordinatorId}`,
    storageName: outboxStorageKey(coordinatorId),
    onAnswered,
  });
  const { add, reload } = queue;

  /** Saves a new batch on the phone (with a new key), then tries to send it. */
  const submit = useCallback((lines: WorkLine[]) => add(composeBatch(lines, newIdempotencyKey(), Date.now())), [add]);

  const takeForFixing = useCallback(
    (key: string) => {
      const { queue: rest, batch } = takeRefusedForFixing(store.load(), key);
      store.save(rest);
      reload();
      return batch;
    },
    [store, reload]
  );

  return {
    batches: queue.items,
    loaded: queue.loaded,
    online: queue.online,
    sending: queue.sending,
    lastReport: queue.lastReport,
    submit,
    discard: queue.discard,
    takeForFixing,
    sendNow: queue.sendNow,
  };
}
