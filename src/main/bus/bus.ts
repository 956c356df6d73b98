/** A handler gets the payload of the topic it subscribed to. */
export type Handler<T> = (payload: T) => void;
export type Disposer = () => void;

/**
 * Typed publish/subscribe for the main process. Topics and payloads are declared by the
 * type map, so a wrong payload is a compile error. A throwing handler is reported and
 * does not stop delivery to the others.
 */
export class Bus<Topics extends Record<string, unknown>> {
  private readonly handlers = new Map<keyof Topics, Set<Handler<never>>>();

  private readonly onHandlerError: (topic: keyof Topics, error: unknown) => void;

  constructor(onHandlerError: (topic: keyof Topics, error: unknown) => void = () => {}) {
    this.onHandlerError = onHandlerError;
  }

  subscribe<K extends keyof Topics>(topic: K, handler: Handler<Topics[K]>): Disposer {
    let set = this.handlers.get(topic);
    if (!set) this.handlers.set(topic, (set = new Set()));
    // Wrap so the same function subscribed twice gets two independent disposers.
    const entry: Handler<Topics[K]> = (p) => handler(p);
    set.add(entry as Handler<never>);
    return () => {
      set.delete(entry as Handler<never>);
    };
  }

  publish<K extends keyof Topics>(topic: K, payload: Topics[K]): void {
    const set = this.handlers.get(topic);
    if (!set) return;
    for (const h of [...set]) {
      try {
        (h as Handler<Topics[K]>)(payload);
      } catch (error) {
        this.onHandlerError(topic, error);
      }
    }
  }

  subscriberCount(topic: keyof Topics): number {
    return this.handlers.get(topic)?.size ?? 0;
  }
}
