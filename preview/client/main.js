// The preview page: synthetic shadow first (as in Lightning Experience), then the shell.
import "@lwc/synthetic-shadow";
import { createElement } from "lwc";
import Shell from "preview/shell";
import { i18n } from "./runtime.js";

document.documentElement.lang = i18n.lang;
const shell = createElement("preview-shell", { is: Shell });
// eslint-disable-next-line @lwc/lwc/no-document-query -- the page entry point, outside any component
document.getElementById("root").appendChild(shell);
