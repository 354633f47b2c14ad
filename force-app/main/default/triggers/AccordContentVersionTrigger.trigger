trigger AccordContentVersionTrigger on ContentVersion(before insert) {
  AccordSignatureEvidence.refuseNewVersions(Trigger.new);
}
