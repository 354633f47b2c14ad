trigger AccordAccountTrigger on Account(before delete) {
  AccordDeleteGuard.refuseAccountsWithSignedPlans(Trigger.old);
}
