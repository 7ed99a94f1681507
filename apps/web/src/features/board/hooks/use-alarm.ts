import { useCallback, useEffect, useRef, useState } from 'react';

type AudioContextClass = typeof AudioContext;

function audioContextClass(): AudioContextClass | null {
  const w = window as unknown as { AudioContext?: AudioContextClass; webkitAudioContext?: AudioContextClass };
  return w.AudioContext ?? w.webkitAudioContext ?? null;
}

/**
 * The wall's audible alarm: a short WebAudio beep pattern, no sound file. Browsers keep audio
 * suspended until someone clicks the page once; `ready` says whether it may sound now, and
 * `enable()` (from a click) unlocks it. A kiosk started with an autoplay policy needs no click.
 */
export function useAlarm(): { ready: boolean; supported: boolean; enable(): Promise<void>; sound(): boolean } {
  const context = useRef<AudioContext | null>(null);
  const [ready, setReady] = useState(false);
  const Ctx = audioContextClass();

  useEffect(() => {
    if (!Ctx) return;
    const ctx = new Ctx();
    context.current = ctx;
    const update = () => setReady(ctx.state === 'running');
    update();
    ctx.addEventListener('statechange', update);
    return () => {
      ctx.removeEventListener('statechange', update);
      void ctx.close();
      context.current = null;
    };
  }, [Ctx]);

  const beep = useCallback((at: number, frequency: number, seconds: number) => {
    const ctx = context.current;
    if (!ctx) return;
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = 'square';
    oscillator.frequency.value = frequency;
    // A soft attack and release: a click-free beep.
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + seconds);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(at);
    oscillator.stop(at + seconds + 0.05);
  }, []);

  /** Sounds the alarm if audio is unlocked; answers whether it did. */
  const sound = useCallback((): boolean => {
    const ctx = context.current;
    if (ctx?.state !== 'running') return false;
    const t = ctx.currentTime;
    for (let i = 0; i < 3; i++) {
      beep(t + i * 0.6, 880, 0.22);
      beep(t + i * 0.6 + 0.25, 660, 0.22);
    }
    return true;
  }, [beep]);

  const enable = useCallback(async () => {
    const ctx = context.current;
    if (!ctx) return;
    await ctx.resume();
    // A short confirmation that sound works.
    beep(ctx.currentTime, 880, 0.15);
  }, [beep]);

  return { ready, supported: !!Ctx, enable, sound };
}
