export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  allFrames: true,
  main() {
    browser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: string } | null)?.type === 'carelens:ping') {
        return Promise.resolve({ url: location.href, title: document.title, frame: window === window.top ? 'top' : 'child' });
      }
      return undefined;
    });
  },
});
