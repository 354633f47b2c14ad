"use strict";
// The preview page. SLDS is the real stylesheet from @salesforce-ux/design-system, served under /assets.

const escapeHtml = (text) =>
  text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch]);

function indexHtml({ liveReload, buildError = null }) {
  const reload = liveReload
    ? `<script>new EventSource("/preview/events").addEventListener("reload", () => location.reload());</script>`
    : "";
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Accord preview</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="/assets/styles/salesforce-lightning-design-system.min.css" />
  </head>
  <body class="slds-scope">
    ${
      buildError
        ? `<div class="slds-notify slds-notify_alert slds-alert_error" role="alert"><h1>The preview does not build</h1></div><pre class="slds-p-around_medium">${escapeHtml(buildError)}</pre>`
        : `<div id="root"></div>\n    <script type="module" src="/dist/preview.js"></script>`
    }
    ${reload}
  </body>
</html>
`;
}

module.exports = { indexHtml };
