/** The usage line of every subcommand, apart from the commands so `--help` loads none of them. */
export const USAGE = {
  batch: 'guide-forms batch <file|dir>... [--xlsx out.xlsx] [--csv out.csv] [--json] [--year Y] [--now ISO-8601] [--lang en]',
  build: 'guide-forms build [--year Y] [--out DIR] [--form CATEGORY[,CATEGORY…]]',
  check:
    'guide-forms check <category> <file.json> [--summary <summary.json>] | check <pair.json> [--year Y] [--now ISO-8601] [--lang en] [--json]',
  diff: 'guide-forms diff <from> <to> [--json | --format md]',
  export:
    'guide-forms export <category> <file.json> [--summary <summary.json>] [--format docx|html] -o <out> [--year Y] [--now ISO-8601] [--lang en]',
  lint: 'guide-forms lint [--year Y] [--json]',
  rollover: 'guide-forms rollover <from> <to>  |  guide-forms rollover --finalize <year>',
  serve: 'guide-forms serve [--port 8787] [--host 127.0.0.1] [--body-limit 1mb]',
  test: 'guide-forms test [--year Y] [--json]',
  types: 'guide-forms types [--check]',
} as const;
