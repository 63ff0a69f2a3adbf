export default defineBackground(() => {
  // The toolbar button opens the popup; the side panel holds the saved case record.
  void browser.sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false });
});
