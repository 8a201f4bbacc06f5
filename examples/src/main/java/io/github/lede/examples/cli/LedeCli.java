package io.github.lede.examples.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code lede} command: {@code lede analyze [options] INPUT...} and {@code lede plugins}.
 *
 * <p>Results go to standard output and nothing else does; errors, one line per failed input, and
 * progress go to standard error. Exit codes: 0 success, 1 some input failed, 2 a usage error.
 */
@Command(name = "lede", mixinStandardHelpOptions = true, versionProvider = LedeCli.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Turns news articles into structured data: the clean article, its entities and its quotes.")
public final class LedeCli implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    private LedeCli() {
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(System.in, System.out, System.err, args));
    }

    /**
     * Runs the command line with these streams instead of the process's own, and returns the exit
     * code; for embedding and tests.
     *
     * @param in standard input, read for the input {@code -}
     * @param out standard output: results only (articles, the plugin list, help, version)
     * @param err standard error: one line per failed input, progress, usage errors
     */
    public static int run(InputStream in, OutputStream out, PrintStream err, String... args) {
        PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cli = new CommandLine(new LedeCli())
                .addSubcommand(new AnalyzeCommand(in, out, errWriter))
                .addSubcommand(new PluginsCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true))
                .setErr(errWriter)
                .setParameterExceptionHandler(LedeCli::usageError);
        try {
            return cli.execute(args);
        } finally {
            cli.getOut().flush();
            errWriter.flush();
        }
    }

    /** One line naming the problem, and where to find help, instead of the whole usage text. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("lede: " + e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** Without a command: a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: analyze or plugins");
    }

    /** The version recorded in the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = LedeCli.class.getPackage().getImplementationVersion();
            return new String[] {"lede " + (v == null ? "(development build)" : v)};
        }
    }
}
