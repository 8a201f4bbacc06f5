package io.github.lede.examples.feed;

import io.github.lede.Lede;
import io.github.lede.LedeException;
import io.github.lede.examples.quotes.PrintQuotes;
import io.github.lede.model.Article;
import io.github.lede.model.Quote;
import io.github.lede.spi.InputItem;
import java.io.PrintStream;
import java.net.URI;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Example: follows an RSS or Atom feed and prints what one person says in its new items. Every
 * {@code --interval} seconds it reads the feed with {@link Lede#expand(URI)} — which turns a feed
 * into one {@link InputItem} per entry, the linked page fetched when asked for — and analyses each
 * item it has not seen before; the first poll finds every item new. It prints, for each new item
 * with a quote by the {@link Person}, the item's name (its link) and then those quotes:
 *
 * <pre>
 * https://news.example.com/2024/02/08/hostages
 *   Antony Blinken: “clear nonstarters,” (PARTIAL, cue: said)
 * </pre>
 *
 * <p>Items are remembered by name (their link), as long as the feed lists them, so memory stays
 * bounded however long it runs. An item that fails (a dead link) is one line on stderr and is not
 * tried again; a feed that cannot be read is one line on stderr and is tried at the next poll.
 * Reading feeds needs the {@code feed} input expander of {@code lede-format-rss}, which the CLI jar
 * holds.
 *
 * <p>Run it with the shaded CLI jar:
 * <pre>{@code java -cp examples/target/lede.jar io.github.lede.examples.feed.FollowFeed --person Blinken [--interval 300] [--rounds 0] FEED_URL}</pre>
 * {@code --interval} is in seconds (default 300); {@code --rounds} is the number of polls, 0 (the
 * default) for until interrupted. Exit code 0 after the last round, 2 for a usage error or when
 * no feed expander is on the class path.
 */
public final class FollowFeed {

    /** The name of the input expander that reads RSS and Atom feeds. */
    static final String FEED_EXPANDER = "feed";

    private FollowFeed() {
    }

    /** Runs the example and exits with its exit code when that is not 0. */
    public static void main(String[] args) throws InterruptedException {
        int code = run(args, System.out, System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the example: {@code args} are {@code --person NAME [--interval SECONDS] [--rounds N] FEED_URL};
     * quotes go to {@code out}, failures to {@code err}.
     *
     * @return the exit code: 0 after the last round, 2 usage error or no feed expander
     * @throws InterruptedException if interrupted while waiting for the next poll
     */
    public static int run(String[] args, PrintStream out, PrintStream err) throws InterruptedException {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("FollowFeed: " + e.getMessage());
            err.println("usage: FollowFeed --person NAME [--interval SECONDS] [--rounds N] FEED_URL");
            return 2;
        }
        Lede lede = Lede.create();
        if (lede.registry().expanders().stream().noneMatch(x -> x.name().equals(FEED_EXPANDER))) {
            err.println("FollowFeed: no feed reader on the class path (add lede-format-rss)");
            return 2;
        }
        Set<String> seen = new HashSet<>();
        for (long round = 1; options.rounds() == 0 || round <= options.rounds(); round++) {
            if (round > 1) {
                Thread.sleep(options.intervalSeconds() * 1000);
            }
            poll(lede, options, seen, out, err);
        }
        return 0;
    }

    /** Reads the feed once and prints the person's quotes in the items not seen before. */
    private static void poll(Lede lede, Options options, Set<String> seen, PrintStream out, PrintStream err) {
        Set<String> listed = new HashSet<>();
        try (Stream<InputItem> items = lede.expand(options.feed())) {
            for (Iterator<InputItem> it = items.iterator(); it.hasNext(); ) {
                InputItem item = it.next();
                listed.add(item.name());
                if (seen.add(item.name())) {
                    printQuotes(lede, item, options.person(), out, err);
                }
            }
        } catch (LedeException e) {
            err.println(options.feed() + ": " + e.getMessage());
            return; // keep what was seen: the feed may be back at the next poll
        }
        seen.retainAll(listed); // an item gone from the feed does not come back
    }

    private static void printQuotes(Lede lede, InputItem item, Person person, PrintStream out, PrintStream err) {
        Article article;
        try {
            article = lede.analyze(item.source());
        } catch (LedeException e) {
            err.println(item.name() + ": " + e.getMessage());
            return;
        }
        List<Quote> theirs = article.quotes().stream().filter(q -> person.said(q, article)).toList();
        if (!theirs.isEmpty()) {
            out.println(item.name());
            theirs.forEach(q -> out.println("  " + PrintQuotes.line(q)));
            out.flush();
        }
    }

    /** The command line, checked. */
    record Options(Person person, long intervalSeconds, long rounds, URI feed) {

        static Options parse(String[] args) {
            String person = null;
            long interval = 300;
            long rounds = 0;
            URI feed = null;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--person") || arg.equals("--interval") || arg.equals("--rounds")) {
                    if (i + 1 == args.length) {
                        throw new IllegalArgumentException(arg + " needs a value");
                    }
                    String value = args[++i];
                    switch (arg) {
                        case "--person" -> person = value;
                        case "--interval" -> interval = count(arg, value);
                        default -> rounds = count(arg, value);
                    }
                } else if (arg.startsWith("--") || feed != null) {
                    throw new IllegalArgumentException("unexpected argument " + arg);
                } else {
                    feed = URI.create(arg);
                    if (!feed.isAbsolute()) {
                        throw new IllegalArgumentException("not an absolute URL: " + arg);
                    }
                }
            }
            if (person == null || feed == null) {
                throw new IllegalArgumentException(person == null ? "--person is required" : "FEED_URL is required");
            }
            return new Options(new Person(person), interval, rounds, feed);
        }

        private static long count(String option, String value) {
            if (!value.matches("[0-9]{1,9}")) {
                throw new IllegalArgumentException(option + " needs a whole number, got " + value);
            }
            return Long.parseLong(value);
        }
    }
}
