// @salesforce/apex/* in the preview: each method posts its named parameters to the preview server, which
// implements the Apex controller contract (src/core/api.ts) in memory. Errors arrive in the shape Lightning
// gives components for an AuraHandledException: { status, body: { message }, ... }.

const refreshers = new WeakMap();

async function callApex(method, params) {
  let response;
  try {
    response = await fetch(`/api/apex/${encodeURIComponent(method)}`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(params === undefined ? {} : params)
    });
  } catch (networkError) {
    return Promise.reject({
      status: 0,
      ok: false,
      statusText: "",
      headers: {},
      body: { message: `The preview server cannot be reached (${networkError.message}).` }
    });
  }
  const payload = await response.json();
  if (!response.ok) {
    // Lightning rejects with a plain object (not an Error): components read error.body.message.
    return Promise.reject({
      status: response.status,
      ok: false,
      statusText: response.statusText,
      headers: {},
      body: {
        message: payload.message,
        exceptionType: "System.AuraHandledException",
        isUserDefinedException: false,
        stackTrace: null
      }
    });
  }
  return payload.result;
}

/** Wire adapter for @wire(apexMethod, params): emits { data, error } like an @AuraEnabled(cacheable=true) method. */
function wireAdapterFor(method) {
  return class ApexWireAdapter {
    constructor(dataCallback) {
      this.dataCallback = dataCallback;
      this.connected = false;
      this.params = undefined;
    }
    connect() {
      this.connected = true;
      if (this.params !== undefined) this.fetch();
    }
    disconnect() {
      this.connected = false;
    }
    update(params) {
      this.params = params;
      if (this.connected) this.fetch();
    }
    async fetch() {
      const params = this.params;
      let value;
      try {
        value = { data: await callApex(method, params), error: undefined };
      } catch (error) {
        value = { data: undefined, error };
      }
      if (params !== this.params) return;
      refreshers.set(value, () => this.fetch());
      this.dataCallback(value);
    }
  };
}

/** The default export of @salesforce/apex/Class.method: callable imperatively and usable with @wire. */
export function apexMethod(method) {
  const Adapter = wireAdapterFor(method);
  function imperative(params) {
    if (new.target) return new Adapter(params);
    return callApex(method, params);
  }
  return imperative;
}

/** refreshApex(wiredValue): re-runs the wire that produced the value. */
export function refreshApex(wiredValue) {
  const refresh = refreshers.get(wiredValue);
  return refresh ? refresh() : Promise.resolve();
}

export function getSObjectValue(record, field) {
  const name = typeof field === "string" ? field : field.fieldApiName;
  return name.split(".").reduce((value, part) => (value == null ? undefined : value[part]), record);
}
