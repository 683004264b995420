// Entity: an actor or thing the sources talk about, named in English and in the source languages.
import { z } from "zod";
import { EntityType, StableId } from "./ids";

export const Entity = z.strictObject({
  id: StableId,
  type: EntityType,
  name: z.string().min(1).max(300),
  /** The name in Arabic, as the sources write it. */
  nameAr: z.string().min(1).max(300).optional(),
  /** Other spellings and names, in any language, used for search and for merging across documents. */
  aliases: z.array(z.string().min(1).max(300)).max(100).default([]),
  description: z.string().min(1).max(2000).optional(),
});
export type Entity = z.infer<typeof Entity>;
