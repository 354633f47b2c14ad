trigger AccordAccountTrigger on Account(before delete, after delete) {
  AccordDeleteGuard.onAccountDelete(Trigger.operationType, Trigger.old);
}
