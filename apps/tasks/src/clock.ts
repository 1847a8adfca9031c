/** The server's clock; tests pass their own to move past deadlines. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
