/**
 * Jest mock of lightning/uiRecordApi: wire adapters tests can emit to, writes as jest.fn(),
 * and getFieldValue reading the UI API record shape ({ fields: { Name: { value } } }).
 */
import { createLdsTestWireAdapter } from "@salesforce/wire-service-jest-util";

export const getRecord = createLdsTestWireAdapter(jest.fn());
export const getRecords = createLdsTestWireAdapter(jest.fn());
export const updateRecord = jest.fn().mockResolvedValue({});
export const createRecord = jest.fn().mockResolvedValue({});
export const deleteRecord = jest.fn().mockResolvedValue();
export const notifyRecordUpdateAvailable = jest.fn().mockResolvedValue();

const fieldPath = (field) => {
  const name = typeof field === "string" ? field : `${field.objectApiName}.${field.fieldApiName}`;
  return name.split(".").slice(1);
};

export const getFieldValue = jest.fn((record, field) => {
  let node = record;
  for (const part of fieldPath(field)) {
    if (!node || !node.fields || node.fields[part] === undefined) return undefined;
    node = node.fields[part].value;
  }
  return node;
});

export const getFieldDisplayValue = jest.fn((record, field) => {
  const parts = fieldPath(field);
  let node = record;
  for (let i = 0; i < parts.length; i++) {
    if (!node || !node.fields || node.fields[parts[i]] === undefined) return undefined;
    const entry = node.fields[parts[i]];
    if (i === parts.length - 1) return entry.displayValue === undefined ? null : entry.displayValue;
    node = entry.value;
  }
  return undefined;
});
