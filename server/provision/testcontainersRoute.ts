// Docker route for tests: a throwaway neo4j:5.26-community container from @testcontainers/neo4j.
import type { ProvisionedNeo4j } from "../neo4j/connection";
import { generatePassword } from "./local/credentials";

export const NEO4J_IMAGE = "neo4j:5.26-community";

export async function provisionTestcontainer(): Promise<ProvisionedNeo4j> {
  const { Neo4jContainer } = await import("@testcontainers/neo4j");
  const password = generatePassword();
  const container = await new Neo4jContainer(NEO4J_IMAGE).withPassword(password).start();
  return {
    connection: {
      uri: container.getBoltUri(),
      username: container.getUsername(),
      password: container.getPassword(),
      route: "testcontainers",
      credentialsLocation: "generated for this test run only",
      startedHere: true,
    },
    release: async () => {
      await container.stop();
    },
  };
}
