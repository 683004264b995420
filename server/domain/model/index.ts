// The domain model, shared by server and client: import types and schemas from here.

export * from "../contracts/wire";
export * from "./claim";
export * from "./document";
export * from "./entity";
export * from "./evidence";
export * from "./ids";
export * from "./relation";
export * from "./source";
