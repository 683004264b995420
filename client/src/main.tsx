// Entry point, kept small so it runs early: configure zod for the CSP, start the overview stream when the first view
// starts from it (no link, or a link whose first query adds to it; core/scale), then load and mount the explorer.
import "./setup";
import "./styles.css";
import { decodeLink, startsWithOverview } from "./core/deeplink/codec";
import { prefetchOverviewStream } from "./core/scale/streamSource";

if (startsWithOverview(decodeLink(window.location.hash))) prefetchOverviewStream();
void import("./mount");
