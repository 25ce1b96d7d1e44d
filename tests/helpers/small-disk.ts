/**
 * A real small disk for store tests: a tmpfs mounted in a temporary directory (the tests run
 * as root in the project's container), which can be filled up.
 */
import { execFileSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A mounted tmpfs of `sizeKiB`. */
export function mountSmallDisk(sizeKiB = 16_384) {
  const dir = mkdtempSync(join(tmpdir(), "ct-disk-"));
  execFileSync("mount", ["-t", "tmpfs", "-o", `size=${sizeKiB}k`, "tmpfs", dir]);
  return {
    dir,
    /** Writes a filler file until the disk says ENOSPC. */
    fill() {
      const fd = openSync(join(dir, "filler"), "w");
      const chunk = Buffer.alloc(64 * 1024, 1);
      try {
        for (;;) writeSync(fd, chunk);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "ENOSPC") throw error;
      } finally {
        closeSync(fd);
      }
    },
    unmount() {
      execFileSync("umount", ["-l", dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
