trigger AccordNominationTrigger on Key_Account_Nomination__c(before insert, before update, before delete) {
  AccordNominationGuard.handle(Trigger.operationType, Trigger.new, Trigger.old);
}
