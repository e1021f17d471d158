"use client";

import { useEffect, useState } from "react";

type Labels = { listen: string; stop: string; unavailable: string };

/**
 * "听一听": reads the finished sentence (built on the server, in her page's language) with the
 * browser's own speech synthesis; a second press stops it. Where the browser has none, the button
 * is disabled with a plain note. No library: the Web Speech API only.
 */
export function ListenButton({ text, lang, labels }: { text: string; lang: string; labels: Labels }) {
  const [supported, setSupported] = useState(true);
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    const available = typeof window !== "undefined" && "speechSynthesis" in window && typeof window.SpeechSynthesisUtterance === "function";
    setSupported(available);
    return () => {
      if (available) window.speechSynthesis.cancel();
    };
  }, []);

  function press() {
    const synth = window.speechSynthesis;
    if (speaking) {
      synth.cancel();
      setSpeaking(false);
      return;
    }
    synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = lang;
    utterance.onend = () => setSpeaking(false);
    utterance.onerror = () => setSpeaking(false);
    synth.speak(utterance);
    setSpeaking(true);
  }

  return (
    <div className="mt-4">
      <button
        type="button"
        onClick={press}
        disabled={!supported}
        aria-pressed={speaking}
        className="inline-flex min-h-14 w-full items-center justify-center gap-2 rounded-full bg-white px-5 text-xl font-semibold text-cinnabar-700 shadow-sm disabled:opacity-60"
        data-testid="listen-button"
        data-speaking={speaking ? "true" : "false"}
      >
        <svg width={28} height={28} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
          {speaking ? (
            <rect x="7" y="7" width="10" height="10" rx="1.5" />
          ) : (
            <>
              <path d="M4 9.5h3.5L12 5.5v13l-4.5-4H4z" />
              <path d="M15.5 9a4 4 0 0 1 0 6M18 6.5a7.5 7.5 0 0 1 0 11" />
            </>
          )}
        </svg>
        {speaking ? labels.stop : labels.listen}
      </button>
      {!supported ? (
        <p className="mt-1.5 text-base" data-testid="listen-unavailable">
          {labels.unavailable}
        </p>
      ) : null}
    </div>
  );
}
