trigger AccordAssessmentTrigger on Collaboration_Assessment__c(
  before insert,
  before update,
  after insert,
  after update,
  after delete,
  after undelete
) {
  AccordScoreTriggerHandler.handleAssessments(Trigger.operationType, Trigger.new, Trigger.old);
}
