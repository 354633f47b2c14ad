trigger AccordPlanTrigger on Customer_Account_Plan__c(
  before insert,
  before update,
  before delete,
  after insert,
  after update
) {
  AccordPlanTriggerHandler.handle(Trigger.operationType, Trigger.new, Trigger.oldMap);
}
