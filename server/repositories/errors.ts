// Not-found errors the repositories throw; the HTTP layer answers them with 404.
import { KgError } from "../errors";

export class NotFoundError extends KgError {
  constructor(what: string, id: string) {
    super("NOT_FOUND", `No ${what} with id "${id}".`);
  }
}
