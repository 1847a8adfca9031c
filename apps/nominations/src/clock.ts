/** The server's clock; tests pass their own to move through a nomination window. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
