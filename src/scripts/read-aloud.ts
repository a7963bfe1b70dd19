/**
 * "Lees voor": the browser's own speech reads the main text aloud in Dutch; nothing leaves the
 * device. The controls stay hidden where the browser cannot speak. Reading starts only with a
 * Dutch voice (another voice reads Dutch badly), and "Pauzeer"/"Stop" appear only once speech has
 * really started: a phone without a Dutch voice, or speech that fails, is told in the status
 * region instead of showing controls for nothing.
 */
import { announce } from './announce';

const controls = document.querySelector<HTMLElement>('[data-read-aloud]');

/** Not read: controls, navigation, graphics (their figures stand in a table), hidden text. */
const SKIP = 'button, nav, svg, table, script, style, [hidden], [aria-hidden="true"], [data-speech-skip], .heading-link, .sr-only';
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, blockquote, figcaption';
/** How long to wait for the browser's voices (they load after the page) and for speech to start. */
const VOICES_WAIT_MS = 2000;
const START_WAIT_MS = 5000;

const NO_DUTCH_VOICE = 'Voorlezen kan niet: er is geen Nederlandse stem op dit apparaat. Een Nederlandse stem zet u aan in de instellingen van uw apparaat.';
const FAILED = 'Voorlezen lukte niet. Probeer het later nog eens.';

/** The main text in reading order, one piece per block, so long pages are not one utterance. */
function pieces(main: HTMLElement): string[] {
  return [...main.querySelectorAll<HTMLElement>(BLOCKS)]
    .filter((el) => !el.closest(SKIP) && !el.querySelector(BLOCKS))
    .map((el) => el.textContent!.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

if (controls && 'speechSynthesis' in window) {
  const synth = window.speechSynthesis;
  const main = document.querySelector<HTMLElement>('main')!;
  const play = controls.querySelector<HTMLButtonElement>('[data-speech="play"]')!;
  const stop = controls.querySelector<HTMLButtonElement>('[data-speech="stop"]')!;
  let state: 'idle' | 'starting' | 'speaking' | 'paused' = 'idle';
  /** Counts readings, so events of a reading that was stopped or failed change nothing. */
  let reading = 0;

  const show = (next: typeof state) => {
    state = next;
    play.textContent = { idle: 'Lees voor', starting: 'Lees voor', speaking: 'Pauzeer', paused: 'Ga verder' }[state];
    stop.hidden = state === 'idle' || state === 'starting';
  };

  const dutch = () => synth.getVoices().find((v) => v.lang.replace('_', '-').toLowerCase().startsWith('nl'));

  /** A Dutch voice, waiting a moment for voices that are still loading. */
  const dutchVoice = () =>
    new Promise<SpeechSynthesisVoice | undefined>((resolve) => {
      if (dutch()) return resolve(dutch());
      const done = () => {
        synth.removeEventListener('voiceschanged', check);
        clearTimeout(timer);
        resolve(dutch());
      };
      const check = () => dutch() && done();
      synth.addEventListener('voiceschanged', check);
      const timer = setTimeout(done, VOICES_WAIT_MS);
    });

  const fail = (message: string) => {
    reading++;
    synth.cancel();
    show('idle');
    announce(message);
  };

  const start = async () => {
    show('starting');
    const voice = await dutchVoice();
    if (state !== 'starting') return;
    if (!voice) return fail(NO_DUTCH_VOICE);
    synth.cancel();
    const current = ++reading;
    const texts = pieces(main);
    const timer = setTimeout(() => current === reading && state === 'starting' && fail(FAILED), START_WAIT_MS);
    texts.forEach((text, i) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = voice.lang;
      utterance.voice = voice;
      if (i === 0)
        utterance.addEventListener('start', () => {
          clearTimeout(timer);
          if (current === reading) show('speaking');
        });
      // Stopping cancels the queue, which reports "interrupted" or "canceled": not a failure.
      utterance.addEventListener('error', (event) => {
        if (current === reading && !['interrupted', 'canceled'].includes(event.error)) fail(FAILED);
      });
      if (i === texts.length - 1) utterance.addEventListener('end', () => current === reading && show('idle'));
      synth.speak(utterance);
    });
  };

  play.addEventListener('click', () => {
    if (state === 'idle') void start();
    else if (state === 'speaking') {
      synth.pause();
      show('paused');
    } else if (state === 'paused') {
      synth.resume();
      show('speaking');
    }
  });
  stop.addEventListener('click', () => {
    reading++;
    synth.cancel();
    show('idle');
    play.focus();
  });
  addEventListener('pagehide', () => synth.cancel());
  // Asking once makes Chromium start loading its voices, so they are there by the first click.
  synth.getVoices();
  controls.hidden = false;
}
