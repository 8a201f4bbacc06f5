package io.github.lede.benchmarks.quotes;

import io.github.lede.Lede;
import io.github.lede.extractor.quotes.QuoteAnnotator;
import io.github.lede.extractor.quotes.RuleSet;
import io.github.lede.model.Article;
import io.github.lede.model.Mention;
import io.github.lede.model.Quote;
import io.github.lede.model.Speaker;
import io.github.lede.spi.Annotator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores the quote annotator against attribution relations in the brat standoff format of the
 * PolNeAR corpus (political news, 2016 US election): {@code DIR/text/NAME.txt} with one
 * {@code DIR/attributions/NAME*.ann} each (T lines: Source, Cue and Content spans, possibly
 * discontinuous; E lines link them). The corpus is not part of this project: point the command at
 * a local copy; it prints a notice and exits when the folder is absent.
 *
 * <p>It reports (a) attribution recall: the share of attributions whose Content has at least half
 * of its words inside one quote span, also over attributions whose Content holds a quote mark, and
 * counting as found an attribution with a quote inside its Content (the quoted words of reported
 * speech, which the contract gives as a PARTIAL alone);
 * (b) speaker accuracy over the attributions found either way that have a Source: right when the head word
 * (last word before a comma, parenthesis, "of" or a relative pronoun, the surname for a name) of the Source is a word of the speaker's name or of the text
 * the speaker was found at; a Source that is a pronoun or a lower-case description (he, the former
 * pollster) counts right when the speaker carries the head of the nearest earlier named Source (a
 * description also when the speaker carries its own head; a pronoun only when resolved), and
 * these are also reported apart; (c) false alarms: quotes that overlap no Content at all.
 *
 * <p>Usage: {@code PolnearEvaluation DIR [--quiet]}; from the project root:
 * {@code mvn -B -q -o -pl benchmarks -am package -DskipTests && java -cp benchmarks/target/benchmarks.jar
 * io.github.lede.benchmarks.quotes.PolnearEvaluation /path/to/polnear-sample}.
 */
public final class PolnearEvaluation {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "i", "we", "it", "his", "her", "their",
            "who", "which", "that", "you", "him", "them", "its", "our", "my");
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii");
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"“”]|''");

    private PolnearEvaluation() {
    }

    /** One attribution: its Content spans, Source spans (possibly none) and cue text. */
    record Attribution(List<int[]> content, List<int[]> source, List<int[]> cue) {
        Attribution mapped(int[] map) {
            return new Attribution(mapRanges(content, map), mapRanges(source, map), mapRanges(cue, map));
        }

        private static List<int[]> mapRanges(List<int[]> spans, int[] map) {
            return spans.stream().map(s -> new int[] {map[s[0]], map[s[1]]}).toList();
        }
    }

    /**
     * Maps every offset of {@code from} to {@code to} when the two differ only in white space
     * (the text extractor joins lines of a paragraph), or null.
     */
    static int[] align(String from, String to) {
        int[] map = new int[from.length() + 1];
        int j = 0;
        for (int i = 0; i < from.length(); i++) {
            map[i] = j;
            char c = from.charAt(i);
            if (j < to.length() && to.charAt(j) == c) {
                j++;
            } else if (j < to.length() && Character.isWhitespace(c) && Character.isWhitespace(to.charAt(j))) {
                j++;
            } else if (!Character.isWhitespace(c)) {
                while (j < to.length() && Character.isWhitespace(to.charAt(j))) {
                    j++;
                }
                if (j >= to.length() || to.charAt(j) != c) {
                    return null;
                }
                map[i] = j++;
            }
        }
        map[from.length()] = j;
        return map;
    }

    /** Runs the evaluation; see the class documentation for the arguments. */
    public static void main(String[] args) throws IOException {
        PrintStream out = System.out;
        if (args.length == 0 || !Files.isDirectory(Path.of(args[0], "text"))) {
            out.println("PolnearEvaluation: no folder with text/ and attributions/ given; nothing scored");
            return;
        }
        Path dir = Path.of(args[0]);
        boolean quiet = List.of(args).contains("--quiet");
        Lede lede = Lede.builder().noAnnotators().build();
        Optional<Annotator> entities = QuoteEvaluation.entityAnnotator(lede);
        QuoteAnnotator quotes = new QuoteAnnotator(RuleSet.ALL);
        List<Path> texts;
        try (Stream<Path> s = Files.list(dir.resolve("text"))) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int articles = 0;
        int gold = 0;
        int found = 0;
        int quoted = 0;
        int quotedFound = 0;
        int foundInside = 0;
        int withSource = 0;
        int right = 0;
        int indirectSource = 0;
        int indirectRight = 0;
        int predicted = 0;
        int falseAlarms = 0;
        List<String> report = new ArrayList<>();
        for (Path file : texts) {
            String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
            Optional<Path> ann;
            try (Stream<Path> s = Files.list(dir.resolve("attributions"))) {
                ann = s.filter(p -> p.getFileName().toString().startsWith(name)
                        && p.toString().endsWith(".ann")).sorted().findFirst();
            }
            if (ann.isEmpty()) {
                continue;
            }
            String original = Files.readString(file, StandardCharsets.UTF_8);
            List<Attribution> attributions = read(ann.get());
            Article article = QuoteEvaluation.annotate(lede.analyze(original), entities, quotes);
            int[] map = align(original, article.text());
            if (map == null) {
                report.add(name + ": SKIPPED, the extracted text differs from the file beyond white space");
                continue;
            }
            attributions = attributions.stream().map(a -> a.mapped(map)).toList();
            String text = article.text();
            articles++;
            List<Quote> qs = article.quotes();
            List<Attribution> golds = attributions;
            for (Attribution a : golds) {
                gold++;
                boolean hasMark = a.content.stream().anyMatch(s -> QUOTE_MARK.matcher(
                        text.substring(s[0], s[1])).find());
                quoted += hasMark ? 1 : 0;
                Quote best = null;
                double bestShare = 0;
                for (Quote q : qs) {
                    double share = share(text, a.content, q.start(), q.end());
                    if (share > bestShare) {
                        bestShare = share;
                        best = q;
                    }
                }
                String content = spanText(text, a.content);
                if (best == null || bestShare < 0.5) {
                    // a PARTIAL (the contract's only quote for reported speech holding quoted words) inside the Content
                    Quote inside = qs.stream().filter(q -> a.content.stream()
                            .anyMatch(s -> s[0] <= q.start() && q.end() <= s[1])).findFirst().orElse(null);
                    if (inside == null) {
                        report.add(name + ": MISS [" + spanText(text, a.source) + " | " + spanText(text, a.cue) + "] "
                                + clip(content));
                        continue;
                    }
                    foundInside++;
                    best = inside;
                } else {
                    found++;
                    quotedFound += hasMark ? 1 : 0;
                }
                if (a.source.isEmpty()) {
                    continue;
                }
                withSource++;
                String source = spanText(text, a.source);
                String head = head(source);
                boolean described = isDescription(source);
                String resolvedHead = head;
                if (described) {
                    indirectSource++;
                    resolvedHead = earlierNamedHead(text, golds, a.source.get(0)[0]).orElse(head);
                }
                String speakerName = best.speaker().map(Speaker::name).orElse("");
                String speakerText = best.speaker().flatMap(Speaker::mention).map(Mention::text).orElse("");
                Set<String> words = words(speakerName + " " + speakerText);
                boolean ok = words.contains(resolvedHead) || !isPronoun(source) && words.contains(head);
                if (ok) {
                    right++;
                    indirectRight += described ? 1 : 0;
                } else {
                    report.add(name + ": SPEAKER '" + speakerName + "' (" + speakerText + ") for '" + source
                            + (described ? "' -> " + resolvedHead : "'") + ": " + clip(content));
                }
            }
            for (Quote q : qs) {
                predicted++;
                boolean overlaps = golds.stream().anyMatch(a -> a.content.stream()
                        .anyMatch(s -> s[0] < q.end() && q.start() < s[1]));
                if (!overlaps) {
                    falseAlarms++;
                    report.add(name + ": FALSE " + q.type() + " [" + q.speaker().map(Speaker::name).orElse("?")
                            + "] " + clip(q.text()));
                }
            }
        }
        if (!quiet) {
            report.forEach(out::println);
        }
        out.printf("%n== PolNeAR sample: %d articles, %d attributions (%d with a quote mark)%n", articles, gold,
                quoted);
        out.printf("attribution recall %.3f (%d/%d), with a quote mark %.3f (%d/%d)%n", ratio(found, gold), found,
                gold, ratio(quotedFound, quoted), quotedFound, quoted);
        out.printf("attribution recall counting a quote inside the Content as found %.3f (%d/%d)%n",
                ratio(found + foundInside, gold), found + foundInside, gold);
        out.printf("speaker accuracy %.3f (%d/%d); pronoun or description sources %.3f (%d/%d), named %.3f (%d/%d)%n",
                ratio(right, withSource), right, withSource, ratio(indirectRight, indirectSource), indirectRight,
                indirectSource, ratio(right - indirectRight, withSource - indirectSource), right - indirectRight,
                withSource - indirectSource);
        out.printf("quotes %d, false alarms (overlap no attribution) %d (%.3f)%n", predicted, falseAlarms,
                ratio(falseAlarms, predicted));
    }

    /** Reads the Source/Cue/Content spans and the relations of one brat standoff file. */
    static List<Attribution> read(Path ann) throws IOException {
        Map<String, String[]> spans = new HashMap<>(); // id -> {role, "a b;c d"}
        List<String[]> relations = new ArrayList<>();
        for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
            String[] f = line.split("\t");
            if (f.length < 2) {
                continue;
            }
            if (f[0].startsWith("T")) {
                int sp = f[1].indexOf(' ');
                if (sp > 0) {
                    spans.put(f[0], new String[] {f[1].substring(0, sp), f[1].substring(sp + 1)});
                }
            } else if (f[0].startsWith("E")) {
                relations.add(f[1].split(" "));
            }
        }
        List<Attribution> out = new ArrayList<>();
        for (String[] rel : relations) {
            List<int[]> content = List.of();
            List<int[]> source = List.of();
            List<int[]> cue = List.of();
            for (String arg : rel) {
                String[] kv = arg.split(":");
                String[] t = kv.length == 2 ? spans.get(kv[1]) : null;
                if (t == null) {
                    continue;
                }
                switch (kv[0]) {
                    case "Content" -> content = ranges(t[1]);
                    case "Source" -> source = ranges(t[1]);
                    case "Cue" -> cue = ranges(t[1]);
                    default -> { }
                }
            }
            if (!content.isEmpty()) {
                out.add(new Attribution(content, source, cue));
            }
        }
        return out;
    }

    private static List<int[]> ranges(String spec) {
        List<int[]> out = new ArrayList<>();
        for (String part : spec.split(";")) {
            String[] ab = part.trim().split(" ");
            out.add(new int[] {Integer.parseInt(ab[0]), Integer.parseInt(ab[1])});
        }
        return out;
    }

    /** Share of the words of {@code spans} that lie inside [start, end). */
    private static double share(String text, List<int[]> spans, int start, int end) {
        int all = 0;
        int in = 0;
        for (int[] s : spans) {
            Matcher m = WORD.matcher(text).region(s[0], s[1]);
            while (m.find()) {
                all++;
                if (m.start() >= start && m.end() <= end) {
                    in++;
                }
            }
        }
        return all == 0 ? 0 : (double) in / all;
    }

    private static String spanText(String text, List<int[]> spans) {
        StringBuilder b = new StringBuilder();
        for (int[] s : spans) {
            b.append(b.length() > 0 ? " " : "").append(text, s[0], s[1]);
        }
        return b.toString();
    }

    /**
     * The head of a source phrase: its last word before any comma, parenthesis, "of", "from", "for"
     * or relative pronoun, name suffixes dropped.
     */
    static String head(String source) {
        // a Source span holds the whole noun phrase, a restrictive relative clause included ("the
        // groups who wrote to her on Thursday"): the head stands before the relative pronoun
        String core = source.split("[,(]|\\s(?:of|from|for|who|which|whose)\\s")[0];
        List<String> ws = new ArrayList<>();
        Matcher m = WORD.matcher(core);
        while (m.find()) {
            ws.add(norm(m.group()));
        }
        while (ws.size() > 1 && SUFFIXES.contains(ws.get(ws.size() - 1))) {
            ws.remove(ws.size() - 1);
        }
        return ws.isEmpty() ? "" : ws.get(ws.size() - 1);
    }

    /** A pronoun, or a phrase with no capitalised word after its first (the former pollster). */
    static boolean isDescription(String source) {
        List<String> ws = new ArrayList<>();
        Matcher m = WORD.matcher(source.split("[,(]")[0]);
        while (m.find()) {
            ws.add(m.group());
        }
        if (ws.size() == 1) {
            return PRONOUNS.contains(ws.get(0).toLowerCase(Locale.ROOT));
        }
        return ws.stream().skip(1).noneMatch(w -> Character.isUpperCase(w.charAt(0)));
    }

    private static boolean isPronoun(String source) {
        return PRONOUNS.contains(source.trim().toLowerCase(Locale.ROOT));
    }

    /** Head of the nearest named Source before {@code offset}. */
    private static Optional<String> earlierNamedHead(String text, List<Attribution> all, int offset) {
        int bestStart = -1;
        String best = null;
        for (Attribution a : all) {
            if (a.source.isEmpty()) {
                continue;
            }
            int s = a.source.get(0)[0];
            String src = spanText(text, a.source);
            if (s < offset && s > bestStart && !isDescription(src)) {
                bestStart = s;
                best = head(src);
            }
        }
        return Optional.ofNullable(best);
    }

    private static Set<String> words(String s) {
        Set<String> out = new java.util.HashSet<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(norm(m.group()));
        }
        return out;
    }

    private static String norm(String w) {
        return w.toLowerCase(Locale.ROOT).replaceAll("(['’]s|[.'’])$", "");
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 160 ? one.substring(0, 157) + "..." : one;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
