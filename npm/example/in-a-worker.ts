// The same in a browser, off the main thread with `briefly/worker`: progress, a newer text
// cancelling an older one, re-selecting at a new length, and the error kinds.
import { Summariser, SummariserError } from 'briefly/worker';
import type { SummariserResult, SummariserStage } from 'briefly/worker';

export async function showSummary(text: string, list: HTMLOListElement, status: HTMLElement): Promise<void> {
  const summariser = new Summariser({ onFailure: (err) => (status.textContent = err.message) });
  summariser.warm();
  const onProgress = (stage: SummariserStage) => (status.textContent = stage);
  try {
    const first: SummariserResult = await summariser.summarise(text, { sentences: 3, language: 'auto' }, { onProgress });
    const longer = await summariser.select({ ratio: 0.5 }, { onProgress });
    const names = new Map((await summariser.languages()).map((l) => [l.code, l.name]));
    status.textContent = `${names.get(first.summary.language) ?? first.summary.language}: ${first.sentenceCount} sentences`;
    // Text only: user content is never inserted as HTML.
    list.replaceChildren(
      ...longer.summary.sentences.map((s) => Object.assign(document.createElement('li'), { textContent: s.text })),
    );
  } catch (err) {
    if (err instanceof SummariserError && err.kind === 'cancelled') return; // a newer text took over
    status.textContent = err instanceof Error ? err.message : String(err);
  } finally {
    summariser.terminate();
  }
}
