package io.github.lede.spi;

/**
 * What every provider — extractor, annotator, format — tells the registry about itself.
 *
 * <p>Providers are found with {@link java.util.ServiceLoader}: a public class with a public
 * no-argument constructor, listed in {@code META-INF/services/<interface name>} (and in
 * {@code provides} of {@code module-info} under JPMS). One instance serves every thread, so a
 * provider must be thread-safe; the simplest way is to keep no mutable state.
 */
public interface Provider {

    /** A short, stable, lower-case name such as {@code "html"} or {@code "json"}. */
    String name();

    /**
     * Where several providers fit, the highest priority wins; two that fit with the same priority
     * are a {@link io.github.lede.ProviderConflictException}. Lede's own general-purpose providers
     * use {@link #GENERAL} and {@link #FALLBACK}; a plugin for one site or language should use
     * {@link #SPECIFIC} or higher.
     */
    default int priority() {
        return GENERAL;
    }

    /** Priority of a provider used only when nothing better fits (plain text). */
    int FALLBACK = 0;
    /** Priority of a general-purpose provider (HTML). */
    int GENERAL = 100;
    /** Priority of a provider for particular sites, languages or layouts. */
    int SPECIFIC = 1000;
}
