trigger AccordLogEventTrigger on Accord_Log_Event__e(after insert) {
  AccordLog.store(Trigger.new);
}
