// Node 20 has no Web Locks (and happy-dom's navigator neither). The worker's queue and the settings
// writer rely on one property of them: requests for the same name are granted one at a time, in
// the order they were made. This keeps exactly that, per name.

let tails = new Map<string, Promise<unknown>>();

export const fakeLocks = {
  request<T>(name: string, work: () => T | Promise<T>): Promise<T> {
    const result = (tails.get(name) ?? Promise.resolve()).then(() => work());
    tails.set(name, result.catch(() => undefined));
    return result;
  },
};

export function resetLocks(): void {
  tails = new Map();
}
