// The readers' typed errors: a tool could not be set up (fetch, venv, compile), or it ran and failed as a whole.
export type ReaderTool = "gephi" | "networkx" | "neo4j-admin";

/** The tool could not be made ready: Maven could not fetch, pip could not install, javac failed, Java is missing. */
export class ReaderSetupError extends Error {
  readonly tool: ReaderTool;
  constructor(tool: ReaderTool, message: string, options?: { cause?: unknown }) {
    super(`${tool}: ${message}`, options);
    this.tool = tool;
    this.name = new.target.name;
  }
}

/** The tool ran but did not answer for every file (crashed, or wrote a report we cannot read). */
export class ReaderRunError extends Error {
  readonly tool: ReaderTool;
  constructor(tool: ReaderTool, message: string, options?: { cause?: unknown }) {
    super(`${tool}: ${message}`, options);
    this.tool = tool;
    this.name = new.target.name;
  }
}
