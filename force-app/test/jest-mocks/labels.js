/**
 * Jest setup: every `@salesforce/label/c.<name>` import resolves to the label's English text, read at test
 * time from force-app/main/default/labels/CustomLabels.labels-meta.xml (the one source, through the
 * preview's reader), as the platform resolves it for an English user. Without this, the LWC jest
 * transformer gives each label its bare name ("c.Accord_Sign_SignedBy"), so values formatted into a
 * message (a signer's name, a version, a score) never reach the DOM under test.
 * A test can still override one label with its own jest.mock().
 */
const path = require("node:path");
const { readLabelCatalog } = require("../../../preview/build/labels.js");

const catalog = readLabelCatalog(path.join(__dirname, "../../.."));
if (Object.keys(catalog.en).length === 0) {
  throw new Error(`jest label mocks: no custom labels found in ${catalog.labelsFile}`);
}
for (const [name, value] of Object.entries(catalog.en)) {
  jest.doMock(`@salesforce/label/c.${name}`, () => ({ __esModule: true, default: value }), { virtual: true });
}
