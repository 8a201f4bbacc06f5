package io.github.lede.examples.spark;

import java.util.List;
import java.util.stream.Collectors;

/** News pages as a newsroom's CMS renders them: navigation, headline, byline, date, story, footer. */
final class NewsPages {

    private NewsPages() {
    }

    /** One page of {@code site}'s layout around a story. */
    static String page(String site, String headline, String author, String isoDate, List<String> paragraphs) {
        String body = paragraphs.stream().map(p -> "      <p>" + p + "</p>").collect(Collectors.joining("\n"));
        return """
                <!doctype html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>%1$s | %2$s</title>
                  <meta property="og:site_name" content="%2$s">
                  <meta property="og:title" content="%1$s">
                  <meta name="author" content="%3$s">
                  <meta property="article:published_time" content="%4$s">
                </head>
                <body>
                  <header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a>
                    <a href="/opinion">Opinion</a> <a href="/subscribe">Subscribe</a></nav></header>
                  <main>
                    <article>
                      <h1>%1$s</h1>
                      <p class="byline">By <a rel="author" href="/staff">%3$s</a></p>
                      <time datetime="%4$s">%4$s</time>
                %5$s
                    </article>
                    <aside><h2>Most read</h2><ul><li><a href="/a">Council approves budget</a></li>
                      <li><a href="/b">Weather warning for the weekend</a></li></ul></aside>
                  </main>
                  <footer><p>© 2024 %2$s. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
                </body>
                </html>
                """.formatted(headline, site, author, isoDate, body);
    }

    static String harbourBridge() {
        return page("The Coastal Herald", "Harbour bridge to close for six weeks of repairs", "Maria Lindqvist",
                "2024-03-11T07:30:00+01:00", List.of(
                        "The Harbour Bridge will close to all traffic from Monday for six weeks while engineers"
                                + " replace corroded steel cables, the city's transport department said on Friday.",
                        "“We cannot keep the bridge open safely while the cables are replaced,” said Jonas Berg,"
                                + " the department's chief engineer. “Every week we wait makes the work longer.”",
                        "Commuters will be diverted over the Old Mill crossing, which officials expect to add up"
                                + " to twenty minutes to journeys at peak times.",
                        "Shop owners near the bridge warned that the closure would hurt trade. Anna Holm, who runs"
                                + " a bakery on Quay Street, said most of her morning customers come across the bridge.",
                        "Berg said the work was planned for early spring because fewer tourists visit the"
                                + " harbour then."));
    }

    static String riverFestival() {
        return page("The Coastal Herald", "River festival draws record crowds despite rain", "Tomas Ek",
                "2024-06-02T18:05:00+02:00", List.of(
                        "More than forty thousand people attended the three-day River Festival this weekend,"
                                + " organisers said on Sunday, a record for the event despite heavy rain on Saturday.",
                        "“People came in raincoats and stayed until the last boat race,” said Lena Sjöberg, the"
                                + " festival's director. “That tells you how much this town loves its river.”",
                        "The boat race was won for the second year running by a crew from the rowing club of"
                                + " Norrvik, who finished nine seconds ahead of their nearest rivals.",
                        "Local police reported no serious incidents. Sjöberg said next year's festival would add"
                                + " a fourth day."));
    }

    static String schoolMeals() {
        return page("Valley Times", "Free school meals to be extended to all primary pupils", "Priya Raman",
                "2024-09-15", List.of(
                        "All primary school pupils in the valley will receive free lunches from January, the"
                                + " regional council announced on Sunday after a vote that passed by 31 to 12.",
                        "“No child should learn on an empty stomach,” said council leader Daniel Okafor. “This is"
                                + " the best investment we can make in the next generation.”",
                        "The scheme will cost about four million a year. Opposition councillor Ruth Adler called"
                                + " it “a fine idea with no plan to pay for it” and said taxes would have to rise.",
                        "Head teachers welcomed the decision. Okafor said kitchens at eleven schools would be"
                                + " upgraded over the autumn."));
    }

    static String observatory() {
        return page("Valley Times", "Observatory reopens after decade-long restoration", "Samuel Cohen",
                "2024-11-20T10:00:00Z", List.of(
                        "The hilltop observatory reopened to the public on Wednesday after a ten-year restoration"
                                + " that rebuilt its dome and returned its 1890s telescope to working order.",
                        "“For the first time in a generation, children here can look at Saturn through this"
                                + " telescope,” said Dr. Helen Marsh, the astronomer who led the restoration.",
                        "The project was funded by a heritage grant and donations from more than two thousand"
                                + " residents, according to the trust that runs the site.",
                        "Marsh said the observatory would open on clear evenings every Friday and Saturday."));
    }
}
