// Vitest global setup: the sources import yoga's JavaScript build from src/yoga/generated/, a
// cached build output; make sure it exists before any test file loads (fast when cached).
import { ensureYogaJs } from '../../scripts/buildYogaJs.mjs';

export default function setup(): void {
  ensureYogaJs({ quiet: true });
}
