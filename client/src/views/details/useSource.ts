// Loads a full source once (shared cache), so evidence can be shown inside its text.

import type { SourceDetails } from "@domain/contracts/api";
import { useEffect, useState } from "react";
import { getSource } from "../../core/reader";

export function useSource(sourceId: string): { source: SourceDetails | null; failed: boolean } {
  const [state, setState] = useState<{ id: string; source: SourceDetails | null; failed: boolean }>({
    id: sourceId,
    source: null,
    failed: false,
  });
  useEffect(() => {
    let live = true;
    getSource(sourceId).then(
      (source) => live && setState({ id: sourceId, source, failed: false }),
      () => live && setState({ id: sourceId, source: null, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [sourceId]);
  return state.id === sourceId ? state : { source: null, failed: false };
}
