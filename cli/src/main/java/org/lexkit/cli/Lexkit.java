package org.lexkit.cli;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code lexkit} command: converts plain legal texts to Akoma Ntoso 3.0, and validates, formats, amends,
 * compares and renders Akoma Ntoso documents.
 *
 * <pre>{@code
 * java -jar lexkit.jar convert constitution-1995.ru.txt -o constitution.xml --lang rus --country kz \
 *     --date 1995-08-30 --name constitution --type constitution
 * int exit = Lexkit.commandLine(Terminal.system()).execute("validate", "constitution.xml");   // in-process
 * }</pre>
 *
 * <p>Exit codes: 0 ok, 1 problems found in the input, 2 usage error, 3 I/O error, 4 internal error (a bug).
 *
 * <p>A command line built by {@link #commandLine} runs one command at a time; build one per thread.
 */
@Command(
    name = "lexkit",
    mixinStandardHelpOptions = true,
    versionProvider = Lexkit.Version.class,
    description = {
      "Legal documents as data: plain text to Akoma Ntoso 3.0, and Akoma Ntoso validated, formatted, amended,"
          + " compared, rendered, exported and taken to a date; the rights of versions reported side by side.",
      "",
      "Every command takes files, directories and globs (\"docs/**.xml\"); '-' is standard input or output."
          + " Several inputs are processed on all processors, with a progress bar on a terminal and a summary."
          + " Problems are printed as file:line:col: message. Outputs are written atomically and never over an"
          + " input."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  lexkit convert constitution-1995.ru.txt -o kz.xml --lang rus \\",
      "      --country kz --date 1995-08-30 --name constitution --type constitution",
      "  lexkit validate corpus/",
      "  lexkit diff kz-1995.xml kz-2026.xml --format html -o changes.html",
      "",
      "Run 'lexkit COMMAND --help' for a command's options and examples."
    })
public final class Lexkit implements Callable<Integer> {
  /**
   * The commands, by name. They are registered here rather than in the annotation so that {@link #main} can build
   * only the one it runs: picocli reflects over every registered command when it builds the command line, which
   * costs start-up time on every run.
   */
  private static final ImmutableMap<String, Supplier<Object>> COMMANDS = ImmutableMap.<String, Supplier<Object>>builder()
      .put("convert", ConvertCommand::new)
      .put("validate", ValidateCommand::new)
      .put("fmt", FmtCommand::new)
      .put("apply", ApplyCommand::new)
      .put("rights", RightsCommand::new)
      .put("diff", DiffCommand::new)
      .put("render", RenderCommand::new)
      .put("export", ExportCommand::new)
      .put("at", AtCommand::new)
      .put("report", ReportCommand::new)
      .build();

  private final Terminal terminal;

  @Spec private CommandSpec spec; // injected by picocli before call()

  private Lexkit(Terminal terminal) {
    this.terminal = terminal;
  }

  /**
   * Runs lexkit with the process's streams and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    Terminal terminal = Terminal.system();
    // Only the command being run is built (see COMMANDS); without a known command name, all are, for the help.
    String name = args.length > 0 && COMMANDS.containsKey(args[0]) ? args[0] : null;
    System.exit(build(terminal, name).execute(args));
  }

  /**
   * Returns the lexkit command line on {@code terminal}, ready for {@link CommandLine#execute(String...)}, whose
   * result is the exit code.
   *
   * @param terminal the streams to use
   * @return a new command line
   */
  public static CommandLine commandLine(Terminal terminal) {
    checkNotNull(terminal, "terminal");
    return build(terminal, null);
  }

  /** Builds the command line with the command {@code only}, or with every command when it is null. */
  private static CommandLine build(Terminal terminal, @Nullable String only) {
    CommandLine commandLine = new CommandLine(new Lexkit(terminal));
    COMMANDS.forEach((name, command) -> {
      if (only == null || only.equals(name)) {
        commandLine.addSubcommand(name, command.get());
      }
    });
    commandLine.setOut(new PrintWriter(new OutputStreamWriter(terminal.out(), UTF_8), true));
    commandLine.setErr(new PrintWriter(new OutputStreamWriter(terminal.err(), UTF_8), true));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(Lexkit::usageError);
    commandLine.setExecutionExceptionHandler((failure, command, parseResult) -> {
      PrintWriter err = command.getErr();
      err.print(Failures.internal("lexkit " + command.getCommandName(), failure).stderr());
      err.flush();
      return ExitCodes.INTERNAL;
    });
    Map<String, String> exitCodes = new LinkedHashMap<>();
    for (String entry : ExitCodes.HELP) {
      int colon = entry.indexOf(':');
      exitCodes.put(entry.substring(0, colon), entry.substring(colon + 1));
    }
    applyToAll(commandLine, exitCodes);
    return commandLine;
  }

  private static void applyToAll(CommandLine commandLine, Map<String, String> exitCodes) {
    commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
    commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
    commandLine.getCommandSpec().exitCodeOnExecutionException(ExitCodes.INTERNAL);
    commandLine.getSubcommands().values().forEach(sub -> applyToAll(sub, exitCodes));
  }

  private static int usageError(CommandLine.ParameterException failure, String[] args) {
    CommandLine command = failure.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    err.println(name + ": " + failure.getMessage());
    UnmatchedArgumentException.printSuggestions(failure, err);
    err.println("Try '" + name + " --help' for more information.");
    err.flush();
    return ExitCodes.USAGE;
  }

  /** Returns the streams the commands use. */
  Terminal terminal() {
    return terminal;
  }

  /** Without a command: says so and shows the commands. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("lexkit: a command is required");
    spec.commandLine().usage(err);
    err.flush();
    return ExitCodes.USAGE;
  }

  /** The version, from the {@code version.properties} the build fills in. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Lexkit.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {
        "lexkit " + properties.getProperty("version", "unknown"),
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"
      };
    }
  }
}
