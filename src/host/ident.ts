// The host process's identity (thread ids are derived from it).

/** This process's id. */
export const processId = (): number => process.pid;
