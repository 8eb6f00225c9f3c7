export * from "./types";
export * from "./layout";
export * from "./cell-ref";
export * from "./read";
export * from "./write";
export * from "./marks";
export * from "./journal";
