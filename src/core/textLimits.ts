/**
 * The most characters each text field that people type into holds, as its field metadata declares it (Text length,
 * Long Text Area length): the one owner of these limits on the client. Every text input names its field
 * (c/accordTextField `field`) and shows the limit, a counter, and refuses beyond it with a message, never cuts.
 * tests/model/text-inputs.test.js compares each entry with objects/ and checks every field named in a template is here.
 */
export const TEXT_FIELD_LENGTHS: Readonly<Record<string, number>> = {
  "Customer_Account_Plan__c.Customer_Goals__c": 32768,
  "Customer_Account_Plan__c.Reopen_Reason__c": 32768,
  "Customer_Need__c.Verbatim__c": 32768,
  "Customer_Need__c.Decision_Rationale__c": 32768,
  "Plan_Initiative__c.Title__c": 255,
  "Plan_Initiative__c.Success_Measure__c": 32768,
  "Plan_Initiative__c.Success_Result__c": 32768,
  "Plan_Initiative__c.Customer_Comment__c": 32768,
  "Plan_Commitment__c.Description__c": 32768,
  "Plan_Commitment__c.Owner_Name__c": 121,
  "Plan_Review__c.Customer_Feedback__c": 32768,
  "Plan_Review__c.What_Worked__c": 32768,
  "Plan_Review__c.What_Did_Not__c": 32768,
  "Plan_Review__c.What_We_Will_Change__c": 32768,
  "Plan_Signature__c.Evidence__c": 255,
  "Collaboration_Rating__c.Comment__c": 32768,
  "Collaboration_Assessment__c.Comment__c": 32768,
  "Account_Selection_Rating__c.Rationale__c": 32768,
  "Key_Account_Nomination__c.Reason__c": 32768
};
