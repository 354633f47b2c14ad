trigger AccordCommitmentTrigger on Plan_Commitment__c(
  before insert,
  before update,
  before delete,
  after insert,
  after update,
  after delete,
  after undelete
) {
  AccordPlanChildTriggerHandler.handle(Trigger.operationType, Trigger.new, Trigger.oldMap);
}
