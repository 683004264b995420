// POST /api/layout starts a ForceAtlas2 job (positions stored on the nodes); GET /api/layout reports its progress.
import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { LayoutRequest, LayoutStatus } from "@domain/contracts/layout";
import type { Router } from "express";
import { z } from "zod";
import { createLayoutJobs, type LayoutJobs } from "../../layout/layoutJob";
import type { AppContext } from "../context";
import { defineRoute } from "../defineRoute";

/** One job runner per app (per database), made on first use. */
const jobsByContext = new WeakMap<AppContext, LayoutJobs>();
export function layoutJobsOf(ctx: AppContext): LayoutJobs {
  let jobs = jobsByContext.get(ctx);
  if (jobs === undefined) {
    jobs = createLayoutJobs(ctx.db, (line) => ctx.logger.info(line));
    jobsByContext.set(ctx, jobs);
  }
  return jobs;
}

const LayoutStarted = z.object({ started: z.boolean(), status: LayoutStatus });

export function layoutRoutes(router: Router, registry: OpenAPIRegistry, ctx: AppContext): void {
  defineRoute(router, registry, {
    method: "post",
    path: "/layout",
    tags: ["layout"],
    summary: "Start computing positions for the whole graph (ForceAtlas2, Barnes–Hut above 2k nodes)",
    description:
      "Runs in a worker thread and stores x and y on every node, which /api/graph then sends. Only one job runs at " +
      "a time: while one runs, this answers its status with started false. Poll GET /api/layout for progress.",
    body: LayoutRequest,
    responses: { 202: { description: "The job's status", schema: LayoutStarted } },
    handler: async ({ body }, _req, res) => {
      const answer = layoutJobsOf(ctx).start({ iterations: body.iterations });
      res.status(202);
      return answer;
    },
  });
  defineRoute(router, registry, {
    method: "get",
    path: "/layout",
    tags: ["layout"],
    summary: "Progress of the current (or last) layout job",
    responses: { 200: { description: "The job's status", schema: LayoutStatus } },
    handler: async () => layoutJobsOf(ctx).status(),
  });
}
