// What the manifest says differently for Chrome and Firefox (read by wxt.config.ts at build time; the run-time side
// of the same differences is src/platform/index.ts). README "Permissions and why" explains each permission.

/** Firefox's add-on id: it fixes the extension's address for the stores and the tests. */
export const GECKO_ID = '{cc1bd815-ab62-414e-9b41-10ad1ddb0054}';

/** The first Firefox that has everything CareLens uses: the CSS Custom Highlight API and `data_collection_permissions`. */
export const FIREFOX_MIN_VERSION = '140.0';

interface BrowserManifest {
  permissions: string[];
  extra: Record<string, unknown>;
}

export const browserManifest: Record<'chrome' | 'firefox', BrowserManifest> = {
  chrome: {
    // Web PDFs are redirected by declarativeNetRequest rules on the response's Content-Type.
    permissions: ['sidePanel', 'declarativeNetRequestWithHostAccess'],
    extra: { side_panel: { default_path: 'sidepanel.html' } },
  },
  firefox: {
    // Firefox refuses declarativeNetRequest's response-header conditions; a blocking webRequest listener on
    // top-level responses reads the Content-Type instead (src/background/pdf-redirect.ts). The case record is
    // Firefox's sidebar (sidebar_action, which WXT writes from entrypoints/sidepanel).
    permissions: ['webRequest', 'webRequestBlocking'],
    extra: {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          strict_min_version: FIREFOX_MIN_VERSION,
          // CareLens collects nothing: no data leaves the machine.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from version 142.
        gecko_android: { strict_min_version: '142.0' },
      },
    },
  },
};
