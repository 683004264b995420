// The explorer's bundle: configure zod for the CSP, then mount the app inside an error boundary (loaded by main.tsx
// once the overview stream is on its way).
import "./setup";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { exposeTestHook } from "./testHook";
import { App } from "./views/App";
import { ErrorBoundary } from "./views/common/ErrorBoundary";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
// Browser tests and the bench build with VITE_KG_TEST_HOOK=1; any other build folds this to `if (false)` and leaves the
// hook's code out. A static import, so the bundle's chunks (and the order zod is configured in) are the same either way.
if (import.meta.env.VITE_KG_TEST_HOOK === "1") exposeTestHook();
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary where="the explorer">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
