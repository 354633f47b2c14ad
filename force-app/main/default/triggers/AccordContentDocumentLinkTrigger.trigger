trigger AccordContentDocumentLinkTrigger on ContentDocumentLink(before delete) {
  AccordDeleteGuard.refuseSignatureUnlinks(Trigger.old);
}
