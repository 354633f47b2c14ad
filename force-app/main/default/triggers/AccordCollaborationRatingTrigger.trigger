trigger AccordCollaborationRatingTrigger on Collaboration_Rating__c(
  before insert,
  before update,
  after insert,
  after update,
  after delete,
  after undelete
) {
  AccordScoreTriggerHandler.handleCollaborationRatings(Trigger.operationType, Trigger.new, Trigger.old);
}
