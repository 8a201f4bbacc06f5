package io.github.lede.extractor.html.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.lede.model.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

    private final MetadataExtractor extractor =
            new MetadataExtractor(new DateParser(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)));

    private PageMetadata read(String html, String url) {
        return extractor.extract(Jsoup.parse(html), url);
    }

    private static String published(PageMetadata m) {
        return m.published().map(Timestamp::toString).orElse("-");
    }

    @Test
    void aHeadlineCutAtALengthLimitIsTakenWhole() {
        String whole = "Fix It Friday: Struggling With How To Arrange Your Living Room? We Help 4 Readers Find Solutions"
                + " (Including One Universal Trick)";
        assertEquals(whole, read("<script type='application/ld+json'>{\"@type\":\"Article\",\"headline\":"
                + "\"Fix It Friday: Struggling With How To Arrange Your Living Room? We Help 4 Readers Find Solutions"
                + " (Including\"}</script><meta property='og:site_name' content='Emily Henderson'>"
                + "<meta property='og:title' content='" + whole + " - Emily Henderson'><p>Text</p>", null).title().orElse("-"));
    }

    @Test
    void aBylineInOneTextNodeOrAfterALabelGivesTheAuthors() {
        assertEquals(List.of("Jerry Chu"), read("<h1>Top 7 Keyboards</h1><div><p><time>Apr 17, 2025</time></p>"
                + "<p class=x>By Jerry Chu</p></div><p>Text.</p>", null).authors());
        assertEquals(List.of("Moses Kim", "Kate Shokurova"), read("<h1>Apps</h1><p>Written by<!-- --> "
                + "<a href=/a>Moses Kim and Kate Shokurova</a></p>", null).authors());
        assertEquals(List.of(), read("<h1>Solutions</h1><h4>By Event Type</h4><ul><li>Conferences</li></ul>", null).authors());
    }

    @Test
    void anUnlabelledNameJustBeforeTheDateIsTheByline() {
        PageMetadata m = read("<h1>HR Shared Services explained</h1><p>Intro.</p><p>Elliot Raba</p>"
                + "<div><span>23.07.2025</span> · 6 min read</div>", null);
        assertEquals(List.of("Elliot Raba"), m.authors());
        assertEquals("2025-07-23", published(m));
    }

    @Test
    void anUnlabelledNameJustAfterTheDateIsTheByline() {
        assertEquals(List.of("Trond Teigen"), read("<h1>Mission accomplished!</h1><div><span>2025-12-17</span>"
                + "<span>·</span><a title='Trond Teigen'><div>Trond Teigen</div></a></div><p>Text.</p>", null).authors());
        assertEquals(List.of(), read("<h1>Mission accomplished!</h1><div><span>2025-12-17</span>"
                + "<a href='/category/cloud-computing'>Cloud Computing</a></div><p>Text.</p>", null).authors(),
                "a section link is no byline");
        assertEquals(List.of(), read("<h1>Bluetooth Trends</h1><p>JAN 24, 2025</p><span>Link Copied!</span><p>Text.</p>",
                null).authors(), "a notice is no byline");
    }

    @Test
    void unlabelledNamesBeforeTheDateMayBeSeveralAndAddToTheMetadata() {
        String byline = "<h1>Free Certificates</h1><p>The largest collection.</p><div><a href=/author/rui-ma>Rui Ma</a>"
                + "<span>,</span><a href=/author/heba-ledwon>Heba Ledwon</a><span>&amp;</span>"
                + "<a href=/author/suparn-patra>Suparn Patra</a><span>Nov 25th, 2025</span></div><p>Text.</p>";
        assertEquals(List.of("Rui Ma", "Heba Ledwon", "Suparn Patra"), read(byline, null).authors());
        assertEquals(List.of("Rui Ma", "Heba Ledwon", "Suparn Patra"),
                read("<meta name=author content='Rui Ma'>" + byline, null).authors(), "the metadata named the first only");
        assertEquals(List.of("Çelik Nimani"), read("<meta name=author content='Digjitale'><h1>Signal #18</h1>"
                + "<p>Çelik Nimani</p><p>Dec 19, 2025</p><p>Text.</p>", null).authors(), "metadata that names no person");
        assertEquals(List.of("George Oates"), read("<meta name=author content='George Oates'><h1>Archives</h1>"
                + "<p>Craig McCarthy</p><p>17 December 2025</p><p>Text.</p>", null).authors(),
                "an unlabelled name does not overrule a person in the metadata");
        assertEquals(List.of(), read("<h1>Renovation costs</h1><p>In This Article</p><p>·</p><p>June 3, 2025</p>"
                + "<p>Text.</p>", null).authors(), "a phrase is no byline");
    }

    @Test
    void anAuthorBoxWithAPortraitNamesTheAuthor() {
        assertEquals(List.of("Alban Brooke"), read("<h1>How to Start a Podcast</h1><p>Text.</p><section><div class=callout>"
                + "<img class=author__photo src=a.jpg alt='alban Brooke'><div><h3>Alban Brooke</h3>"
                + "<p>Alban Brooke is the Head of Marketing at Buzzsprout.</p></div></div></section>", null).authors());
        assertEquals(List.of("Stefan"), read("<h1>Podcast Checklist</h1><p>Text.</p><div><img src='/avatar/1.png'>"
                + "<div><h3>Stefan</h3><p>Stefan is the founder of Automateed.</p></div></div>", null).authors());
        assertEquals(List.of(), read("<h1>Methodologies</h1><div><h3>Kanban Method</h3><p>Kanban Method is a way to"
                + " manage work.</p><p>" + "Teams pull work when they have capacity. ".repeat(30) + "</p>"
                + "<p><img src=k.png alt='Kanban Method'></p></div>", null).authors(),
                "a section without a portrait");
        assertEquals(List.of(), read("<h1>Death spiral</h1><h2>AI amplifies these cycles</h2><p><img src=c.png "
                + "alt='AI Amplifies Adoption Cycles'></p><p>AI is a big shift in how we build software.</p>", null)
                .authors(), "an illustration whose alt text starts with the subject");
    }

    @Test
    void aLoginHandleGivesWayToTheVisibleByline() {
        assertEquals(List.of("Denise Everheart"), read("<meta name=author content='andrew.keaveney'>"
                + "<h1>Story</h1><p class=byline>By Denise Everheart</p>", null).authors());
    }

    @Test
    void theVisibleBylineReplacesMetadataThatNamesOnlyTheFirstAuthor() {
        assertEquals(List.of("Dr Marna van der Merwe", "Dr Dieter Veldsman", "Erik van Vulpen"),
                read("<meta name=author content='Marna van der Merwe'><h1>HR Trends</h1><div class=hero-author>"
                        + "Written by <span>Dr Marna van der Merwe</span>, <span>Dr Dieter Veldsman</span>, "
                        + "<span>Erik van Vulpen</span></div>", null).authors());
    }

    @Test
    void publishedEqualToModifiedGivesWayToTheDateThePageMarks() {
        PageMetadata m = read("<meta property='article:published_time' content='2025-11-29T12:28:31-05:00'>"
                + "<meta property='article:modified_time' content='2025-11-29T12:28:31-05:00'>"
                + "<h1>Free Tools</h1><p>Published <time pubdate datetime='2025-08-13'>August 13, 2025</time></p>", null);
        assertEquals("2025-08-13", published(m));
        assertEquals("2025-11-29T12:28:31-05:00", m.modified().map(Timestamp::toString).orElse("-"));
    }

    @Test
    void theUrlDayWinsOverAUtcTimeOneDayOff() {
        PageMetadata m = read("<meta property='article:published_time' content='2025-12-19T02:41:41+00:00'><h1>Day Eighteen</h1>",
                "https://blog.example/2025/12/18/day-eighteen/");
        assertEquals("2025-12-18", published(m));
    }

    @Test
    void aSitesOwnPublishDateMetaIsRead() {
        assertEquals("2025-05-27T06:03:43.274Z", published(read(
                "<meta name='w-published-date' content='2025-05-27T06:03:43.274Z'><h1>Legal work</h1>", null)));
    }

    @Test
    void dublinCoreKeysAreReadInEitherSpellingAndAPropertyBeatsAName() {
        PageMetadata m = read("<meta name='author' content='Someone Else'><meta property='dc:creator' content='Ann Lee'>"
                + "<meta name='DC.title' content='Name title'><meta property='dc:title' content='Property title'>"
                + "<meta property='og:title' content='Open Graph title'><p>Text.</p>", null);
        assertEquals(List.of("Ann Lee"), m.authors());
        assertEquals("Property title", m.title().orElse("-"));
    }

    @Test
    void theLoneH1IsTheHeadlineUnlessAnEarlierH2ShowsTheTitleOrItIsAParagraph() {
        String meta = "<meta property='og:title' content='What do people love about Rust? | Rust Blog'>";
        assertEquals("Why people love Rust so much", read(meta + "<h1>Why people love Rust so much</h1><p>Text.</p>", null)
                .title().orElse("-"));
        PageMetadata m = read(meta + "<h2>What do people love about Rust?</h2><p>Dec. 19, 2025</p>"
                + "<p>Text.</p><h1>But what they love is the sense of empowerment</h1><p>More text. March 3, 2020</p>", null);
        assertEquals("What do people love about Rust?", m.title().orElse("-"));
        assertEquals("2025-12-19", published(m));
        String standfirst = "Learn which home renovations have the best return on investment and get expert tips on how to"
                + " understand and calculate the value of your project.";
        assertEquals("The 10 Best Home Improvement Projects", read("<meta property='og:title' content="
                + "'The 10 Best Home Improvement Projects | RenoFi'><meta property='og:site_name' content='RenoFi'><h1>"
                + standfirst + "</h1>", null).title().orElse("-"));
    }

    @Test
    void withoutADeclaredSiteNameTheNameGluedToTheHeadlineIsTheSite() {
        assertEquals("ByteSauna", read("<title>Understanding mathematics through Lean | ByteSauna</title>"
                + "<h1>Understanding mathematics through Lean</h1>", null).siteName().orElse("-"));
        assertEquals("LWN.net", read("<title>Weekly Edition for March 26, 2015 [LWN.net]</title>"
                + "<h1>Weekly Edition for March 26, 2015</h1>", null).siteName().orElse("-"));
        assertEquals("-", read("<title>Rust: a language empowering everyone</title><h1>Rust</h1>", null)
                .siteName().orElse("-"));
    }

    @Test
    void theBylineShownUnderTheHeadlineBeatsMetadataNamingSomeoneElse() {
        String meta = "<meta name='author' content='Luke Daigle'>";
        assertEquals(List.of("Paul Fenaroli"), read(meta + "<h1>Managing Legal Issues</h1><p>November 3, 2023</p>"
                + "<div class=by-div><p>By: Paul Fenaroli</p></div><p>Text.</p>", null).authors());
        assertEquals(List.of("Luke Daigle"), read(meta + "<h1>Managing Legal Issues</h1><p>By Luke Daigle</p>"
                + "<p>Text.</p>", null).authors(), "the byline agrees with the metadata");
        assertEquals(List.of("Luke Daigle"), read(meta + "<div><p>By Ann Other</p></div><h1>Managing Legal Issues</h1>"
                + "<p>Text.</p>", null).authors(), "a byline before the headline belongs to something else");
    }

    @Test
    void aCommentersBylineIsNotTheArticles() {
        assertEquals(List.of("Nataliya Vasilyeva"), read("<h1>Space ship breaks up</h1><p>Text.</p><ul class=comments-list>"
                + "<li class=comment><div class=byline>Sky Blue</div><p>Great!</p></li></ul>"
                + "<div class=author-name>Nataliya Vasilyeva</div>", null).authors());
        assertEquals(List.of("Ann Lee", "Bo Chan"), extractor.extract(Jsoup.parse("<body class='single no-comments'><h1>Story</h1>"
                + "<div class=byline>By Ann Lee and Bo Chan</div><p>Text.</p></body>"), null).authors(),
                "a page flagged as having no comments is no comment section");
    }

    @Test
    void indentationDoesNotMakeABylineTooLong() {
        String indent = "\n" + " ".repeat(60);
        assertEquals(List.of("Eliz"), read("<h1>What is an Online Course?</h1><div><span>Written by</span>" + indent
                + "<div class=flex>" + indent + "<svg><path d=M0/></svg>" + indent + "<span>Eliz</span>" + indent
                + "<span>- Product marketer</span>" + indent + "</div></div><p>Text.</p>", null).authors());
    }

    @Test
    void aNameAfterALabelInItsOwnElementIsTheByline() {
        assertEquals(List.of("Janet Loughrey"), read("<h1>Low-Light Houseplants</h1><div class=tags><div>"
                + "<strong>Contributors:</strong> Janet Loughrey</div></div><p>Text.</p>", null).authors());
    }

    @Test
    void aPageThatShowsOnlyItsUpdateGivesThatDayUnlessOpenGraphDeclaresThePublication() {
        String ld = "<script type='application/ld+json'>{\"@type\":\"Article\",\"headline\":\"Photography Trends\","
                + "\"datePublished\":\"2025-01-29T20:47:55+00:00\",\"dateModified\":\"2025-08-20T01:25:59+00:00\"}</script>";
        String body = "<h1>Photography Trends</h1><p>by Taya Iv · 16 min read</p><p>Last updated: August 19, 2025</p><p>Text.</p>";
        PageMetadata shown = read(ld + body, null);
        assertEquals("2025-08-19", published(shown));
        assertEquals("2025-08-20T01:25:59+00:00", shown.modified().map(Timestamp::toString).orElse("-"));
        assertEquals("2025-01-29T20:47:55+00:00", published(read(ld
                + "<meta property='article:published_time' content='2025-01-29T20:47:55+00:00'>" + body, null)));
    }

    @Test
    void aTimeInAChangedFieldIsNoPublicationDate() {
        assertEquals("2016-07-15", published(read("<h1>Pests</h1><div class='field field--name-changed'>"
                + "<time datetime='2026-02-12T14:36:23-05:00'>February 12, 2026</time></div>"
                + "<p><time datetime='2016-07-15'>July 15, 2016</time></p>", null)));
    }

    @Test
    void aJsonLdReferenceIsResolvedToTheGraphNodeItNames() {
        PageMetadata m = read("<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
                + "{\"@type\":\"BlogPosting\",\"headline\":\"Ranking the rivers\","
                + "\"author\":[{\"@id\":\"https://example.org/#/person/1\"},{\"@id\":\"https://example.org/#/person/2\"}],"
                + "\"publisher\":{\"@id\":\"https://example.org/#org\"}},"
                + "{\"@type\":\"Organization\",\"@id\":\"https://example.org/#org\",\"name\":\"River Weekly\"},"
                + "{\"@type\":\"Person\",\"@id\":\"https://example.org/#/person/2\",\"name\":\"Ines Navarro\"},"
                + "{\"@type\":\"Person\",\"@id\":\"https://example.org/#/person/1\",\"name\":\"Tomasz Wrona\"}]}</script>"
                + "<meta name='twitter:label1' content='Written by'><meta name='twitter:data1' content='Site Editor'>"
                + "<h1>Ranking the rivers</h1><p>Text.</p>", null);
        assertEquals(List.of("Tomasz Wrona", "Ines Navarro"), m.authors(), "the Person nodes, in the article's order");
        assertEquals("River Weekly", m.siteName().orElse("-"));
    }

    @Test
    void aLabelledDateAnywhereOnThePageIsThePublication() {
        assertEquals("2023-04-13", published(read("<h1>Indexing explained</h1>" + "<p>Long text.</p>".repeat(40)
                + "<div class='meta'><span>Posted on</span> <span>April 13, 2023</span><div>Tags: indexing, journals,"
                + " publishing, open access</div></div>", null)));
        assertEquals("-", published(read("<h1>Indexing explained</h1><p>Text.</p><p>Posted by Ana Ruiz in News</p>"
                + "<p>Long text.</p>".repeat(80) + "<div class='comments'><p>Posted on May 2, 2024</p></div>", null)), "a label without a date, a comment's date");
    }

    @Test
    void aNewsDatelineGivesThePublicationDate() {
        assertEquals("2025-12-20", published(read("<h1>Gardens feed the villages</h1>" + "<p>Caption.</p>".repeat(80)
                + "<p>By <b>Lena Ortiz</b></p><p>SALTA, Dec 20, 2025 (AP) - Home gardens have grown.</p>", null)));
        assertEquals("2024-02-08", published(read("<meta name=description content='NEW YORK, Feb. 8, 2024 /PRNewswire/ --"
                + " A company said.'><h1>A company said</h1><p>Text.</p>", null)));
    }

    @Test
    void anUpdateLabelIsThePublicationOnlyWhenNothingElseDates() {
        String page = "<h1>Webcams</h1>" + "<p>Long text.</p>".repeat(80) + "<p style='text-align:right'>Last updated: November 13, 2025</p>";
        assertEquals("2025-11-13", published(read(page, null)));
        assertEquals("2025-10-02", published(read(page, "https://example.org/2025/10/02/webcams")), "the URL's date comes first");
    }

    private String title(String html, String url) {
        return read(html, url).title().orElse("-");
    }

    @Test
    void aSectionHeadingThatIsOneWordOfTheTitleIsNotTheHeadline() {
        assertEquals("How we broke into Acme, Globex and Initech through one package", title(
                "<title>How we broke into Acme, Globex and Initech through one package · Gists</title>"
                + "<p>Text.</p><h1>Globex</h1><p>More.</p><h1>Initech</h1>", null));
        assertEquals("stone", title("<title>STONE Definition &amp; Meaning | Words</title><h1>stone</h1>", null));
    }

    @Test
    void aLeadInHeadingEndingInAColonIsNotTheHeadline() {
        assertEquals("How clouds run inference", title("<meta property='og:site_name' content='Angle'>"
                + "<meta property='og:title' content='How clouds run inference - Angle'><p>Text.</p>"
                + "<h1><span>A message from our founder, Ann Lee:</span></h1>", null));
    }

    @Test
    void aDateInsideTheHeadingIsNotPartOfTheHeadline() {
        String m = title("<meta property='og:title' content='Preparing a transition'><h1><a href='/p'>"
                + "<time datetime='2025-12-18'>Dec <span>18</span> 2025</time> Preparing a transition</a></h1>", null);
        assertEquals("Preparing a transition", m);
    }

    @Test
    void aSubtitleOnItsOwnLineInTheHeadingIsSetOffByASpace() {
        assertEquals("The Best Editors Top Tools for Writers", MetadataExtractor.headingText(Jsoup.parse(
                "<h1>The Best Editors<span class='block small'>Top Tools for Writers</span></h1>").selectFirst("h1")));
        assertEquals("One Two", MetadataExtractor.headingText(Jsoup.parse("<h1>One<br>Two</h1>").selectFirst("h1")));
        assertEquals("Drop cap", MetadataExtractor.headingText(Jsoup.parse("<h1><b>D</b>rop cap</h1>").selectFirst("h1")));
    }

    @Test
    void aHeadlineStyledInCapitalsGivesWayToTheMetadatasCase() {
        assertEquals("Best Drip Coffee Maker 2026: Tips From Pros", title("<meta property='og:title' content="
                + "'Best Drip Coffee Maker 2026: Tips From Pros'><h1>BEST DRIP COFFEE MAKER IN 2026: TIPS FROM PROS</h1>",
                null));
    }

    @Test
    void utf8ReadAsWindows1252InTheTitleIsRepaired() {
        assertEquals("An Investor\u2019s Guide to Calculators", title("<title>An Investor\u00e2\u0080\u0099s Guide to "
                + "Calculators</title><p>Text.</p>", null));
        assertEquals("An Investor\u2019s \u201cGuide\u201d", MojibakeRepair.repair(
                "An Investor\u00e2\u20ac\u2122s \u00e2\u20ac\u0153Guide\u00e2\u20ac\u009d"));
        assertEquals("Caf\u00c3\u00a9 \u00c2\u00bd", MojibakeRepair.repair("Caf\u00c3\u00a9 \u00c2\u00bd"));
    }

    @Test
    void theHostNameOrAShortTailAfterASeparatorIsCutFromALoneDocumentTitle() {
        assertEquals("Vibe Coding", title("<title>example.com Vibe Coding</title><h1><a href='/'>example.com</a></h1>",
                "https://example.com/2025/vibe.html"));
        assertEquals("Lorem ipsum dolor sit amet", title("<title>Lorem ipsum dolor sit amet \u2013 My website</title>", null));
        assertEquals("Rust \u2013 A language", title("<title>Rust \u2013 A language</title>", null));
    }

    @Test
    void aNumericDateIsReadInThePagesOrderOrTheUrlsDay() {
        assertEquals("2025-03-09", published(read("<html lang='en'><head><meta property='og:locale' content='en_US'>"
                + "<meta name='article:published_time' content='03-09-2025'></head><body><h1>A story</h1></body></html>",
                null)));
        assertEquals("2023-10-03", published(read("<html lang='en'><body><h1>A guide to wine</h1>"
                + "<span class='post-date'>03/10/2023</span><p>Text.</p></body></html>",
                "https://example.org/blog/2023/october/03/wine/")));
    }

    @Test
    void anH1OneWordApartFromTheMetadataTitleIsTheHeadlineAsShown() {
        String meta = "<meta property='og:title' content='A Guide to Retirement Calculators 2025 | Coat'>"
                + "<meta property='og:site_name' content='Coat'>";
        assertEquals("A Guide to Retirement Calculators in 2025", title(meta + "<h1>A Guide to Retirement Calculators in 2025"
                + "</h1><p>Text.</p><h1>Free Email Course</h1>", null));
        assertEquals("A Guide to Retirement Calculators 2025", title(meta + "<h1>A Guide to Pension Planning in 2025"
                + "</h1><p>Text.</p><h1>Free Email Course</h1>", null));
    }

    @Test
    void aMetadataTitleShownAsAHeadingBeforeAnyH1IsTheHeadline() {
        assertEquals("How clouds are shaping inference", title("<meta property='og:site_name' content='Angle'>"
                + "<meta property='og:title' content='How clouds run inference at scale - Angle'>"
                + "<meta name='twitter:title' content='How clouds are shaping inference'>"
                + "<h3 class='post-title'>How clouds are shaping inference</h3><p>Text.</p>"
                + "<h1>A message from our founder, Ann Lee:</h1>", null));
    }
}
