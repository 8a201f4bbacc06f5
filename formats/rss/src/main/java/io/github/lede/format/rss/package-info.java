/**
 * Feeds of analysed articles: {@link io.github.lede.format.rss.RssFormat rss} (RSS 2.0) and
 * {@link io.github.lede.format.rss.AtomFormat atom} (Atom 1.0), written with Rome. Both are
 * write-only: a feed keeps too little of an article to read it back (use {@code xml} or
 * {@code json} for that).
 *
 * <h2>Each article</h2>
 * <table>
 *   <caption>Where article fields go</caption>
 *   <tr><th>article</th><th>RSS 2.0 {@code <item>}</th><th>Atom {@code <entry>}</th></tr>
 *   <tr><td>title</td><td>{@code title}</td><td>{@code title type="text"}</td></tr>
 *   <tr><td>url, else canonicalUrl</td><td>{@code link}; {@code guid isPermaLink="true"}</td>
 *       <td>{@code link rel="alternate"}; {@code id}</td></tr>
 *   <tr><td>(no link)</td><td>{@code guid isPermaLink="false"}: a name-based {@code urn:uuid:} of
 *       source, title and text</td><td>{@code id}: the same</td></tr>
 *   <tr><td>published</td><td>{@code pubDate} (RFC 822)</td><td>{@code published}</td></tr>
 *   <tr><td>modified</td><td>—</td><td>{@code updated} (else published, else the feed's)</td></tr>
 *   <tr><td>authors</td><td>one {@code dc:creator} each</td><td>one {@code author/name} each</td></tr>
 *   <tr><td>description</td><td>{@code description}, HTML-escaped</td><td>{@code summary type="text"}</td></tr>
 *   <tr><td>text + paragraphs</td><td>{@code content:encoded}</td><td>{@code content type="html"}</td></tr>
 *   <tr><td>entities</td><td colspan="2">{@code lede:entity}, one each</td></tr>
 *   <tr><td>quotes</td><td colspan="2">{@code lede:quote}, one each</td></tr>
 * </table>
 * The body is HTML: {@code <p>} per paragraph, {@code <h2>} per heading, consecutive list items
 * as one {@code <ul>} of {@code <li>}, {@code <blockquote><p>} per block quote; an article
 * without paragraphs is split at its blank lines. A time without a UTC offset (or a bare date,
 * at midnight) is read as UTC. Characters XML 1.0 cannot carry become U+FFFD.
 *
 * <h2>The Lede namespace</h2>
 * {@value io.github.lede.format.rss.RssFormat#LEDE_NAMESPACE}, prefix {@code lede}, declared
 * on the root element. Feed readers that do not know it ignore it.
 * <pre>{@code
 * <lede:entity id="E1" type="PERSON" mentions="3" salience="0.31">Antony Blinken</lede:entity>
 * <lede:quote id="Q1" type="DIRECT" speaker="Benny Gantz" entity="E3" cue="added"
 *     confidence="0.93">That being done, many things can be achieved.</lede:quote>
 * }</pre>
 * {@code lede:entity}: {@code id}, {@code type}, {@code mentions} (how many times the text names
 * it), {@code salience} when computed; content: the entity's name. {@code lede:quote}:
 * {@code id}, {@code type}, {@code speaker} (resolved name) and {@code entity} (its entity id)
 * when known, {@code cue} when there is one, {@code confidence}; content: the words said.
 *
 * <h2>The feed</h2>
 * Derived from the articles alone: the title is their shared site name (else "Articles analysed
 * by Lede"), the link their shared site root (else the first article's link), the language
 * their shared language, the update time the newest article time.
 *
 * <h2>Memory</h2>
 * Rome builds a feed as one document in memory, so a writer keeps its articles until
 * {@link io.github.lede.spi.ArticleWriter#close()} and writes the feed then. That suits feeds,
 * which hold tens or hundreds of items; for a large batch, use {@code jsonl} or {@code xml},
 * which stream.
 */
package io.github.lede.format.rss;
