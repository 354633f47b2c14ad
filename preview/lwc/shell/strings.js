// Text of the preview shell itself (a developer tool, not part of the package, so not custom labels).
export const STRINGS = {
  appName: "Accord preview",
  account: "Sample account",
  recordPage: "Record page",
  accountPage: "Account",
  appPage: "App page",
  accountObject: "Account",
  planObject: "Customer Account Plan",
  country: "Country",
  accountId: "Account ID",
  status: "Status",
  planId: "Plan ID",
  language: "Language",
  view: "View",
  desktop: "Desktop",
  phone: "Phone (Salesforce mobile app)",
  reset: "Reset sample data",
  noAccounts: "No sample accounts: data/sample-tree has no Account records.",
  loadFailed: "The preview server did not answer",
  phoneFrameTitle: "Record page in the Salesforce mobile app",
  languages: {
    en_US: "English",
    de: "Deutsch",
    fr: "Français",
    es: "Español",
    it: "Italiano",
    ja: "日本語",
    ko: "한국어",
    zh_CN: "中文（简体）"
  }
};
