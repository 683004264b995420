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
exposeTestHook();
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary where="the explorer">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
