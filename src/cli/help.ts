export const HELP = `corroborate — what news sources agree on, and where they differ

Usage:
  corroborate report <inputs...> [--format json|markdown] [-o file] [--fail-on LEVEL] [--baseline file]
  corroborate schema          print the JSON Schema of the report
  corroborate --help | --version

Inputs are files (.txt, .md, .html), directories, globs, or - for standard input.

Options:
  -f, --format    json (default) or markdown
  -o, --output    write the report to a file instead of standard output
  --fail-on       info | low | medium | high (default) | none: exit 1 when a finding reaches it
  --baseline      a JSON file of accepted findings (an earlier report, or an array of finding ids);
                  findings listed there do not fail the run

Exit status: 0 no finding reaches --fail-on; 1 one does; 2 usage error or no input could be read.
`;
