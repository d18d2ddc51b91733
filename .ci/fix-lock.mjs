// Adds lockfile entries for platform-specific optional dependencies that the registry here does not serve,
// so npm 11's `npm ci` finds every optional dependency in the lock (it skips them on other platforms).
import { readFileSync, writeFileSync } from "node:fs";
const path = process.argv[2];
const lock = JSON.parse(readFileSync(path, "utf8"));
const pkgs = lock.packages;
const OS = ["android", "darwin", "freebsd", "linux", "win32", "openbsd", "netbsd", "openharmony", "sunos", "aix"];
const CPU = { arm64: "arm64", x64: "x64", ia32: "ia32", arm: "arm", "arm-eabi": "arm", "arm-gnueabihf": "arm", "arm-musleabihf": "arm", loong64: "loong64", "loongarch64": "loong64", ppc64: "ppc64", riscv64: "riscv64", s390x: "s390x", mips64el: "mips64el" };
let added = 0;
for (const [loc, entry] of Object.entries(pkgs)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    if (pkgs[`node_modules/${name}`] || pkgs[`${loc}/node_modules/${name}`]) continue;
    const tail = name.split("/").pop();
    const os = OS.find((o) => tail.includes(`-${o}-`));
    if (!os) { console.log("skip", name); continue; }
    const rest = tail.slice(tail.indexOf(`-${os}-`) + os.length + 2);
    const cpuKey = Object.keys(CPU).sort((a, b) => b.length - a.length).find((c) => rest === c || rest.startsWith(`${c}-`));
    const e = { version, cpu: [CPU[cpuKey] ?? rest.split("-")[0]], dev: entry.dev || undefined, optional: true, os: [os] };
    if (/musl/.test(rest)) e.libc = ["musl"];
    else if (/gnu/.test(rest) || (os === "linux" && !/musl/.test(rest))) e.libc = ["glibc"];
    pkgs[`node_modules/${name}`] = e; added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(pkgs).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))));
writeFileSync(path, JSON.stringify(lock, null, 2) + "\n");
console.log(`added ${added}`);
