/**
 * A polite status message at the bottom of the screen, read out by screen readers. The region
 * exists from page load on, so a message put in it later is announced.
 */
const region = document.createElement('p');
region.setAttribute('role', 'status');
region.className = 'toast';
document.body.append(region);

let timer: number | undefined;

export function announce(message: string): void {
  region.textContent = message;
  region.classList.add('toast-shown');
  clearTimeout(timer);
  timer = window.setTimeout(() => {
    region.classList.remove('toast-shown');
    region.textContent = '';
  }, 4000);
}

/** Copies text and says whether that worked. */
export async function copy(text: string, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(done);
  } catch {
    announce('Kopiëren lukte niet. Selecteer de tekst en kopieer hem zelf.');
  }
}
