"use strict";
// Who is acting in the preview: one user holding every Accord permission (a plan manager who may sign),
// plus the account's signatory contacts, which the lifecycle needs to accept a customer signature.

const PREVIEW_USER = { userId: "005000000000001AAA", userName: "Preview User" };
/** The user's name parts, as UserInfo.getFirstName()/getLastName() give them: the company signer snapshot orders them. */
const PREVIEW_USER_NAME = { firstName: "Preview", lastName: "User" };

function previewPermissions() {
  return { ...PREVIEW_USER, canEditPlans: true, canSign: true, isPlanManager: true, canConfigure: true };
}

function previewActor(store, accountId) {
  const signatoryContactIds = store.stakeholders
    .filter((s) => s.accountId === accountId && s.isSignatory && s.contactId)
    .map((s) => s.contactId);
  return { ...previewPermissions(), signatoryContactIds };
}

module.exports = { previewActor, previewPermissions, PREVIEW_USER, PREVIEW_USER_NAME };
