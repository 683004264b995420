// Runs before anything else: zod must not probe `new Function` (the CSP forbids eval, and the probe logs a violation).
import { z } from "zod";

z.config({ jitless: true });
