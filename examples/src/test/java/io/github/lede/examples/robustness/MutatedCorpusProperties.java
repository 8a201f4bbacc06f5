package io.github.lede.examples.robustness;

import io.github.lede.Lede;
import io.github.lede.LedeException;
import io.github.lede.model.Article;
import io.github.lede.spi.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Mutated corpus articles — cut, repeated, shuffled, with their quote marks swapped and markup
 * injected — still give articles whose invariants hold, or a {@link LedeException}: never another
 * exception. The corpus is read from {@code ../shared/corpus} and the properties are skipped
 * without it.
 */
class MutatedCorpusProperties {

    private static final Lede LEDE = Lede.create();
    private static final List<Path> CORPUS = corpus();

    private static List<Path> corpus() {
        Path dir = Path.of(System.getProperty("lede.shared.dir", "../shared"), "corpus");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html")).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One way to damage a document. */
    enum Mutation {
        CUT, REPEAT, SHUFFLE, STRAIGHT_QUOTES, GUILLEMETS, DROP_CLOSING_QUOTES, INJECT_MARKUP, CRLF, TRUNCATE_MID_WORD
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        return Arbitraries.of(Mutation.class).list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 150)
    void mutatedArticlesKeepTheirInvariants(@ForAll("mutations") List<Mutation> mutations,
            @ForAll long seed) throws IOException {
        Assume.that(!CORPUS.isEmpty());
        Random random = new Random(seed);
        Path file = CORPUS.get(random.nextInt(CORPUS.size()));
        String doc = Files.readString(file);
        for (Mutation m : mutations) {
            doc = mutate(doc, m, random);
        }
        Source source = Source.text(doc).name(file.getFileName() + " " + mutations).build();
        try {
            Article a = LEDE.analyze(source);
            Invariants.check(LEDE, a);
        } catch (LedeException acceptable) {
            // a typed refusal is a valid outcome for a damaged document
        }
    }

    static String mutate(String doc, Mutation m, Random random) {
        List<String> paragraphs = new ArrayList<>(Arrays.asList(doc.split("\n")));
        switch (m) {
            case CUT -> {
                int from = random.nextInt(doc.length() / 2 + 1);
                return doc.substring(from, from + random.nextInt(doc.length() - from + 1));
            }
            case REPEAT -> {
                int i = random.nextInt(paragraphs.size());
                for (int k = 0; k < 1 + random.nextInt(5); k++) {
                    paragraphs.add(i, paragraphs.get(i));
                }
                return String.join("\n", paragraphs);
            }
            case SHUFFLE -> {
                Collections.shuffle(paragraphs, random);
                return String.join("\n", paragraphs);
            }
            case STRAIGHT_QUOTES -> {
                return doc.replace('“', '"').replace('”', '"').replace('‘', '\'').replace('’', '\'');
            }
            case GUILLEMETS -> {
                return doc.replace('“', '«').replace('”', '»').replace('‘', '„');
            }
            case DROP_CLOSING_QUOTES -> {
                return doc.replace("”", "").replace("\"", random.nextBoolean() ? "\"" : "");
            }
            case INJECT_MARKUP -> {
                int i = random.nextInt(paragraphs.size());
                paragraphs.set(i, "<div class=\"x\"><b>" + paragraphs.get(i) + (random.nextBoolean() ? "</b>" : ""));
                return String.join("\n", paragraphs);
            }
            case CRLF -> {
                return doc.replace("\n", random.nextBoolean() ? "\r\n" : "\r");
            }
            case TRUNCATE_MID_WORD -> {
                return doc.substring(0, Math.max(0, doc.length() - 1 - random.nextInt(Math.max(1, doc.length() / 3))));
            }
            default -> throw new IllegalStateException(m.name());
        }
    }
}
