package io.github.lede.examples.cli;

import io.github.lede.Lede;
import io.github.lede.spi.Provider;
import io.github.lede.spi.ProviderRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code lede plugins}: every extractor, annotator, format and input expander on the class path,
 * one per line with its kind, name, priority and class, highest priority first within each kind.
 */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "Lists every extractor, annotator, format and input expander found, with its priority"
                + " and class.")
final class PluginsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        ProviderRegistry registry = Lede.builder().noAnnotators().build().registry();
        PrintWriter out = spec.commandLine().getOut();
        print(out, "extractor", registry.extractors());
        print(out, "annotator", registry.annotators());
        print(out, "format", registry.formats());
        print(out, "expander", registry.expanders());
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, String kind, List<? extends Provider> providers) {
        for (Provider p : providers) {
            out.printf("%-9s  %-16s %5d  %s%n", kind, p.name(), p.priority(), p.getClass().getName());
        }
    }
}
