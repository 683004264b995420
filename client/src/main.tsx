// Entry point, kept small (no zod, React or sigma) so it runs early: start the overview stream unless the link holds
// queries (which may replace the overview; loadOverview then opens its own), then load and mount the explorer.
import "./styles.css";
import { hashHasQueries } from "./core/deeplink/params";
import { prefetchOverviewStream } from "./core/scale/streamSource";

if (!hashHasQueries(window.location.hash)) prefetchOverviewStream();
void import("./mount");
