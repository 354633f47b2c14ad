// lightning/messageService in the preview: one page, one in-memory bus per message channel.
const subscribers = new Map();
let nextId = 1;

export const APPLICATION_SCOPE = Symbol("APPLICATION_SCOPE");
export const MessageContext = class {
  constructor(dataCallback) {
    this.dataCallback = dataCallback;
  }
  connect() {
    this.dataCallback({ preview: true });
  }
  disconnect() {}
  update() {}
};
export function createMessageContext() {
  return { preview: true };
}
export function releaseMessageContext() {}

export function publish(context, channel, message) {
  for (const entry of subscribers.values()) {
    if (entry.channel.channelName === channel.channelName) entry.listener(message);
  }
}

export function subscribe(context, channel, listener) {
  const subscription = { id: nextId++ };
  subscribers.set(subscription.id, { channel, listener });
  return subscription;
}

export function unsubscribe(subscription) {
  if (subscription) subscribers.delete(subscription.id);
}
