trigger AccordSignatureTrigger on Plan_Signature__c(before insert, before update, before delete, after insert) {
  AccordSignatureTriggerHandler.handle(Trigger.operationType, Trigger.new, Trigger.oldMap);
}
