package io.github.lede.spi;

import io.github.lede.ProviderConflictException;
import io.github.lede.UnsupportedInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The providers one {@link io.github.lede.Lede} instance uses: those {@link ServiceLoader} finds
 * on a class loader plus any given explicitly, and the rules that choose between them.
 * Immutable and thread-safe.
 */
public final class ProviderRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(ProviderRegistry.class);
    private static final Comparator<Provider> BY_PRIORITY =
            Comparator.comparingInt(Provider::priority).reversed().thenComparing(Provider::name);

    private final List<ArticleExtractor> extractors;
    private final List<Annotator> annotators;
    private final List<ArticleFormat> formats;
    private final List<InputExpander> expanders;

    private ProviderRegistry(List<ArticleExtractor> extractors, List<Annotator> annotators,
            List<ArticleFormat> formats, List<InputExpander> expanders) {
        this.extractors = sorted(extractors);
        this.annotators = sorted(annotators);
        this.formats = sorted(formats);
        this.expanders = sorted(expanders);
    }

    /**
     * Every provider {@link ServiceLoader} finds through {@code classLoader}, plus {@code extra}
     * providers (which may implement any of the SPI interfaces).
     */
    public static ProviderRegistry load(ClassLoader classLoader, Collection<? extends Provider> extra) {
        List<ArticleExtractor> ex = discover(ArticleExtractor.class, classLoader);
        List<Annotator> an = discover(Annotator.class, classLoader);
        List<ArticleFormat> fo = discover(ArticleFormat.class, classLoader);
        List<InputExpander> in = discover(InputExpander.class, classLoader);
        for (Provider p : extra) {
            Objects.requireNonNull(p, "provider");
            boolean known = false;
            if (p instanceof ArticleExtractor e) {
                ex.add(e);
                known = true;
            }
            if (p instanceof Annotator a) {
                an.add(a);
                known = true;
            }
            if (p instanceof ArticleFormat f) {
                fo.add(f);
                known = true;
            }
            if (p instanceof InputExpander x) {
                in.add(x);
                known = true;
            }
            if (!known) {
                throw new IllegalArgumentException(p.getClass().getName()
                        + " implements no SPI interface (ArticleExtractor, Annotator, ArticleFormat or InputExpander)");
            }
        }
        return new ProviderRegistry(ex, an, fo, in);
    }

    /** A registry of exactly these providers, with no discovery. */
    public static ProviderRegistry of(Collection<? extends Provider> providers) {
        return load(null, providers);
    }

    private static <T extends Provider> List<T> discover(Class<T> type, ClassLoader loader) {
        List<T> found = new ArrayList<>();
        if (loader == null) {
            return found;
        }
        Set<String> seen = new HashSet<>();
        ServiceLoader<T> sl = ServiceLoader.load(type, loader);
        var it = sl.iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                T p = it.next();
                // the same class can be listed twice when a jar is on the class path twice
                if (seen.add(p.getClass().getName())) {
                    found.add(p);
                }
            } catch (ServiceConfigurationError e) {
                LOG.warn("skipping a {} that could not be loaded: {}", type.getSimpleName(), e.getMessage());
            }
        }
        return found;
    }

    private static <T extends Provider> List<T> sorted(List<T> list) {
        List<T> copy = new ArrayList<>(list);
        copy.sort(BY_PRIORITY);
        return List.copyOf(copy);
    }

    /** Every extractor, highest priority first. */
    public List<ArticleExtractor> extractors() {
        return extractors;
    }

    /** Every annotator, highest priority first. */
    public List<Annotator> annotators() {
        return annotators;
    }

    /** Every format, highest priority first. */
    public List<ArticleFormat> formats() {
        return formats;
    }

    /** Every input expander, highest priority first. */
    public List<InputExpander> expanders() {
        return expanders;
    }

    /**
     * The expander for an input that stands for many documents, if one supports it.
     *
     * @throws ProviderConflictException if the best two share a priority
     */
    public java.util.Optional<InputExpander> expanderFor(InputProbe probe) {
        List<InputExpander> fitting = new ArrayList<>();
        for (InputExpander x : expanders) {
            try {
                if (x.supports(probe)) {
                    fitting.add(x);
                }
            } catch (RuntimeException ex) {
                LOG.warn("expander {} failed in supports(): {}", x.name(), ex.toString());
            }
        }
        if (fitting.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(best(fitting, "input expanders", "input " + probe.name(), probe.name()));
    }

    /**
     * The extractor for {@code source}: of those that support it, the one with the highest
     * priority.
     *
     * @throws UnsupportedInputException if none supports it; the message lists the extractors
     * @throws ProviderConflictException if the best two share a priority; the message names both
     */
    public ArticleExtractor extractorFor(Source source) {
        List<ArticleExtractor> fitting = new ArrayList<>();
        for (ArticleExtractor e : extractors) {
            boolean ok;
            try {
                ok = e.supports(source);
            } catch (RuntimeException ex) {
                LOG.warn("extractor {} failed in supports(): {}", e.name(), ex.toString());
                ok = false;
            }
            if (ok) {
                fitting.add(e);
            }
        }
        String input = source.name().orElse(null);
        if (fitting.isEmpty()) {
            throw new UnsupportedInputException("no extractor supports " + source.contentType()
                    + " content" + (source.url().map(u -> " from " + u).orElse(""))
                    + "; extractors available: " + describe(extractors), input);
        }
        return best(fitting, "extractors", "input " + (input == null ? "" : input + " ")
                + "(" + source.contentType() + ")", input);
    }

    /**
     * The format called {@code name} (ignoring case).
     *
     * @throws UnsupportedInputException if there is none; the message lists the formats
     * @throws ProviderConflictException if two of that name share the highest priority
     */
    public ArticleFormat format(String name) {
        Objects.requireNonNull(name, "name");
        List<ArticleFormat> named = formats.stream().filter(f -> f.name().equalsIgnoreCase(name))
                .collect(Collectors.toList());
        if (named.isEmpty()) {
            throw new UnsupportedInputException("no format named '" + name + "'; formats available: "
                    + describe(formats), null);
        }
        return best(named, "formats", "format name '" + name + "'", null);
    }

    /**
     * The annotators called {@code names} together with those they require, in an order where each
     * runs after what it requires. With {@code names} null, every annotator found.
     *
     * @throws UnsupportedInputException if a name is unknown
     * @throws ProviderConflictException if a requirement is missing or the requirements form a cycle
     */
    public List<Annotator> annotatorsInOrder(Collection<String> names) {
        Map<String, Annotator> byName = new LinkedHashMap<>();
        for (Annotator a : annotators) {
            Annotator previous = byName.putIfAbsent(a.name(), a);
            if (previous != null && previous.priority() == a.priority()) {
                throw new ProviderConflictException("two annotators are named '" + a.name() + "' with priority "
                        + a.priority() + ": " + previous.getClass().getName() + " and " + a.getClass().getName(),
                        null);
            }
        }
        Collection<String> wanted = names == null ? byName.keySet() : names;
        List<Annotator> ordered = new ArrayList<>();
        Set<String> done = new HashSet<>();
        Set<String> visiting = new HashSet<>();
        for (String n : wanted) {
            if (!byName.containsKey(n)) {
                throw new UnsupportedInputException("no annotator named '" + n + "'; annotators available: "
                        + describe(annotators), null);
            }
            visit(n, null, byName, done, visiting, ordered);
        }
        return List.copyOf(ordered);
    }

    private static void visit(String name, String requiredBy, Map<String, Annotator> byName, Set<String> done,
            Set<String> visiting, List<Annotator> out) {
        if (done.contains(name)) {
            return;
        }
        Annotator a = byName.get(name);
        if (a == null) {
            throw new ProviderConflictException("annotator '" + requiredBy + "' requires '" + name
                    + "', which is not on the class path; annotators available: " + byName.keySet(), null);
        }
        if (!visiting.add(name)) {
            throw new ProviderConflictException("annotators require each other in a cycle through '" + name + "'",
                    null);
        }
        for (String r : a.requires()) {
            visit(r, name, byName, done, visiting, out);
        }
        visiting.remove(name);
        done.add(name);
        out.add(a);
    }

    private static <T extends Provider> T best(List<T> fitting, String what, String forWhat, String input) {
        fitting.sort(BY_PRIORITY);
        T first = fitting.get(0);
        if (fitting.size() > 1 && fitting.get(1).priority() == first.priority()) {
            List<T> tied = fitting.stream().filter(p -> p.priority() == first.priority()).collect(Collectors.toList());
            throw new ProviderConflictException(tied.size() + " " + what + " fit " + forWhat
                    + " with the same priority " + first.priority() + ": " + describe(tied)
                    + "; give one a higher priority or remove one", input);
        }
        return first;
    }

    private static String describe(List<? extends Provider> providers) {
        if (providers.isEmpty()) {
            return "none (is a Lede provider module on the class path?)";
        }
        return providers.stream().map(p -> p.name() + " (" + p.getClass().getName() + ", priority " + p.priority() + ")")
                .collect(Collectors.joining(", "));
    }
}
