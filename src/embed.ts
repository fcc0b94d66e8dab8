// Embedding pys in a host program: see README "Embedding".
export {};
