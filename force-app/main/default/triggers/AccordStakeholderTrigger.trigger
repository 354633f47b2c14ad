trigger AccordStakeholderTrigger on Account_Stakeholder__c(before insert, before update) {
  AccordSignatoryGuard.check(Trigger.new, Trigger.oldMap);
}
