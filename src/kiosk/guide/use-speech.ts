import { useEffect, useState } from 'preact/hooks';
import { languageFor } from '../../domain/languages.js';

/** A voice for a language, or undefined: the device decides which languages it can speak. */
function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  const wanted = languageFor(lang).speechLang.toLowerCase();
  const base = wanted.split('-')[0] ?? wanted;
  const voices = speechSynthesis.getVoices();
  return (
    voices.find((v) => v.lang.toLowerCase() === wanted) ??
    voices.find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === base)
  );
}

export interface Speech {
  /** False where the device has no voice for the language: then no read-aloud button is shown. */
  available: boolean;
  speaking: boolean;
  speak(text: string): void;
  stop(): void;
}

/** Read-aloud with the device's own voices (`speechSynthesis`), in the visitor's language. */
export function useSpeech(lang: string): Speech {
  const supported = typeof speechSynthesis !== 'undefined';
  const [voice, setVoice] = useState(() => (supported ? voiceFor(lang) : undefined));
  const [speaking, setSpeaking] = useState(false);

  useEffect(() => {
    if (!supported) return;
    const update = () => setVoice(voiceFor(lang));
    update();
    // Voices often arrive after the page has loaded.
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => {
      speechSynthesis.removeEventListener('voiceschanged', update);
      speechSynthesis.cancel();
    };
  }, [lang, supported]);

  return {
    available: voice !== undefined,
    speaking,
    speak(text) {
      if (!voice) return;
      speechSynthesis.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 0.9;
      utterance.onend = () => setSpeaking(false);
      utterance.onerror = () => setSpeaking(false);
      setSpeaking(true);
      speechSynthesis.speak(utterance);
    },
    stop() {
      speechSynthesis.cancel();
      setSpeaking(false);
    },
  };
}
