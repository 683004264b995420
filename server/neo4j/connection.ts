// What every consumer needs to reach Neo4j, whichever route provided it.
export type Neo4jRoute = "env" | "docker-compose" | "testcontainers" | "local";

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database?: string;
  route: Neo4jRoute;
  /** Where the credentials are kept, for humans (a file path, or the variable names). */
  credentialsLocation: string;
  /** Whether this process started the server (and so should stop it when done). */
  startedHere: boolean;
}

/** A provisioned connection together with the way to give it back. */
export interface ProvisionedNeo4j {
  connection: Neo4jConnection;
  /** Stop the server if, and only if, this process started it. */
  release(): Promise<void>;
}
