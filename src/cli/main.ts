import type { Lang } from "../core/rules/types";
import { validateCommand } from "./validate-command";
import { evaluateCommand } from "./evaluate-command";
import { CLI } from "./messages";
import { CliError } from "./cli-error";
import { COMMAND_HELP } from "./help-messages";
import { version } from "./version";

/** Output streams, injectable for tests. */
export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  /** stderr is a terminal: long runs may draw a progress bar there */
  tty?: boolean;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  tty: process.stderr.isTTY === true,
};

export { CliError };

function langOf(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return "vi";
  const v = argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  return v === "en" ? "en" : "vi";
}

type Command = (args: string[], lang: Lang, io: Io) => Promise<number>;

/** Every `khct` command. */
const COMMANDS: Record<string, Command> = {
  validate: validateCommand,
  // the commands that write a file load the writer (and Word's libraries) only when asked for
  template: (args, lang, io) => import("./template-command").then((m) => m.templateCommand(args, lang, io)),
  report: (args, lang, io) => import("./report-command").then((m) => m.reportCommand(args, lang, io)),
  evaluate: evaluateCommand,
  import: (args, lang, io) => import("./import-command").then((m) => m.importCommand(args, lang, io)),
  export: (args, lang, io) => import("./export-command").then((m) => m.exportCommand(args, lang, io)),
  layout: (args, lang, io) => import("./layout-command").then((m) => m.layoutCommand(args, lang, io)),
};

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const lang = langOf(argv);
  const [command, ...rest] = argv;
  try {
    if (command === "--version" || command === "-v" || command === "version") {
      io.out(`khct ${version()}\n`);
      return 0;
    }
    // `khct help validate`, `khct validate --help`
    const helpOf = command === "help" ? rest[0] : rest.some((a) => a === "--help" || a === "-h") ? command : undefined;
    if (helpOf && COMMAND_HELP[helpOf]) {
      io.out(`${COMMAND_HELP[helpOf][lang]}\n`);
      return 0;
    }
    if (!command || command === "--help" || command === "-h" || command === "help") {
      io.out(`${CLI.usage[lang]}\n`);
      return command ? 0 : 2;
    }
    const run = COMMANDS[command];
    if (run) return await run(rest, lang, io);
    throw new CliError(CLI.unknownCommand[lang](command));
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`khct: ${e.message}\n`);
      return 2;
    }
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("ERR_PARSE_ARGS")) {
      const option = /'([^']+)'/.exec((e as Error).message)?.[1] ?? (e as Error).message;
      io.err(`khct: ${CLI.badOption[lang](option)}\n`);
      return 2;
    }
    throw e;
  }
}

