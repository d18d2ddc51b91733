import { main } from "./main.js";

// A reader that stops early (`corroborate report … | head`) closes the pipe: that is not an error to print.
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") process.exitCode = 2;
  });
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
