// Entry point: configure zod for the CSP, start the overview stream, then mount the explorer inside an error boundary.
import "./setup";
import "./styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { decodeLink, startsWithOverview } from "./core/deeplink/codec";
import { prefetchOverviewStream } from "./core/scale/streamSource";
import { exposeTestHook } from "./testHook";
import { App } from "./views/App";
import { ErrorBoundary } from "./views/common/ErrorBoundary";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
exposeTestHook();
// When the first view starts from the overview, its stream starts now, before React mounts (core/scale).
if (startsWithOverview(decodeLink(window.location.hash))) prefetchOverviewStream();
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary where="the explorer">
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
