// lightning/uiRecordApi in the preview: records come from the preview server's in-memory store (the same
// sample data); writes are not offered, since Accord writes through its Apex controllers.

const unsupported = (name) => () =>
  Promise.reject({ status: 400, body: { message: `${name} is not available in the local preview (no org).` } });

async function fetchRecord(recordId, fields) {
  const response = await fetch(
    `/api/record/${encodeURIComponent(recordId)}?fields=${encodeURIComponent(fields.join(","))}`
  );
  const payload = await response.json();
  if (!response.ok) return Promise.reject({ status: response.status, body: { message: payload.message } });
  return payload.result;
}

const fieldName = (field) => (typeof field === "string" ? field : `${field.objectApiName}.${field.fieldApiName}`);
const fieldNames = (list) => (Array.isArray(list) ? list : list ? [list] : []).map(fieldName);

export class getRecord {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
    this.connected = false;
  }
  connect() {
    this.connected = true;
    if (this.config) this.fetch();
  }
  disconnect() {
    this.connected = false;
  }
  update(config) {
    this.config = config;
    if (this.connected) this.fetch();
  }
  async fetch() {
    const { recordId, fields, optionalFields } = this.config;
    if (!recordId) return;
    try {
      this.dataCallback({
        data: await fetchRecord(recordId, [...fieldNames(fields), ...fieldNames(optionalFields)]),
        error: undefined
      });
    } catch (error) {
      this.dataCallback({ data: undefined, error });
    }
  }
}

export function getFieldValue(record, field) {
  const name = typeof field === "string" ? field.split(".").slice(1).join(".") : field.fieldApiName;
  const value = name
    .split(".")
    .reduce((node, part) => (node && node.fields ? node.fields[part] && node.fields[part].value : undefined), record);
  return value === undefined ? undefined : value;
}

export function getFieldDisplayValue(record, field) {
  const name = typeof field === "string" ? field.split(".").slice(1).join(".") : field.fieldApiName;
  const entry = record && record.fields && record.fields[name];
  return entry ? entry.displayValue : undefined;
}

export const updateRecord = unsupported("updateRecord");
export const createRecord = unsupported("createRecord");
export const deleteRecord = unsupported("deleteRecord");
export function notifyRecordUpdateAvailable() {
  return Promise.resolve();
}
export function getRecordNotifyChange() {}
