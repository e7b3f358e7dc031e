// Scripts run outside Next: load .env.local then .env (as Next does; earlier files win) before reading process.env.
import { existsSync } from "node:fs";

for (const file of [".env.local", ".env"]) {
  if (existsSync(file)) process.loadEnvFile(file);
}
