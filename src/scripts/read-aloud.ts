/**
 * "Lees voor": the browser's own speech reads the main text aloud in Dutch; nothing leaves the
 * device. The controls stay hidden where the browser cannot speak.
 */
const controls = document.querySelector<HTMLElement>('[data-read-aloud]');

/** Not read: controls, navigation, graphics (their figures stand in a table), hidden text. */
const SKIP = 'button, nav, svg, table, script, style, [hidden], [aria-hidden="true"], [data-speech-skip], .heading-link, .sr-only';
const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, dt, dd, blockquote, figcaption';

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
  let state: 'idle' | 'speaking' | 'paused' = 'idle';

  const show = (next: typeof state) => {
    state = next;
    play.textContent = { idle: 'Lees voor', speaking: 'Pauzeer', paused: 'Ga verder' }[state];
    stop.hidden = state === 'idle';
  };

  const start = () => {
    synth.cancel();
    const voice = synth.getVoices().find((v) => v.lang.replace('_', '-').toLowerCase().startsWith('nl'));
    const texts = pieces(main);
    texts.forEach((text, i) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = 'nl-NL';
      if (voice) utterance.voice = voice;
      if (i === texts.length - 1) utterance.onend = () => show('idle');
      synth.speak(utterance);
    });
    show('speaking');
  };

  play.addEventListener('click', () => {
    if (state === 'idle') start();
    else if (state === 'speaking') {
      synth.pause();
      show('paused');
    } else {
      synth.resume();
      show('speaking');
    }
  });
  stop.addEventListener('click', () => {
    synth.cancel();
    show('idle');
    play.focus();
  });
  addEventListener('pagehide', () => synth.cancel());
  controls.hidden = false;
}
