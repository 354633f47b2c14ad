trigger AccordPlanVersionTrigger on Plan_Version__c(before insert, before update, before delete) {
  AccordPlanVersionTriggerHandler.handle(Trigger.operationType, Trigger.new, Trigger.oldMap);
}
