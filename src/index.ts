// The embedding API (filled in by src/embed.ts).
export * from './embed';
