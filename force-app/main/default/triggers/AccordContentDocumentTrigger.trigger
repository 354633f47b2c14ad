trigger AccordContentDocumentTrigger on ContentDocument(before delete) {
  AccordDeleteGuard.refuseSignatureFiles(Trigger.old);
}
