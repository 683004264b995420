// Guards destructive test setup: only a database carrying the test marker may be written to by tests.
import { NotATestDatabaseError } from "../errors";
import { cypher } from "./cypherFiles";
import type { Db } from "./driver";

export const TEST_MARKER_ID = "kg-explorer-test-database";

export async function markAsTestDatabase(db: Db): Promise<void> {
  await db.write(cypher("test/mark-test-database"), { id: TEST_MARKER_ID });
}

export async function isTestDatabase(db: Db): Promise<boolean> {
  const result = await db.read(cypher("test/is-test-database"), { id: TEST_MARKER_ID });
  return result.records[0]?.get("marked") === true;
}

export async function assertTestDatabase(db: Db): Promise<void> {
  if (!(await isTestDatabase(db))) {
    throw new NotATestDatabaseError(
      "Refusing to run destructive test setup: this database is not marked as a test database. " +
        `If it really is disposable, mark it with: CREATE (:TestDatabaseMarker {id: '${TEST_MARKER_ID}'})`,
    );
  }
}
