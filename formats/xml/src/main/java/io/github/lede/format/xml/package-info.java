/**
 * The {@code xml} format ({@link io.github.lede.format.xml.XmlFormat}): every field of an article
 * as XML, written and read back with the JDK's StAX, with an XSD
 * ({@value io.github.lede.format.xml.XmlFormat#SCHEMA_RESOURCE}) in this jar.
 *
 * <h2>Layout</h2>
 * Elements live in the namespace {@value io.github.lede.format.xml.XmlFormat#NAMESPACE} and mirror
 * the keys of the JSON shape in Lede's DESIGN.md, in that order. Optional values are left out;
 * lists are always present, possibly empty. Spans ({@code start}, {@code end}: UTF-16 indexes into
 * {@code <text>}, end exclusive), numbers, enumerations and ids are attributes; every free-text
 * value is element content, so its white space survives (attribute values are normalised by
 * every XML parser, which would turn the body's {@code "\n\n"} into spaces).
 * <pre>{@code
 * <articles xmlns="https://lede.github.io/ns/article/1.0">
 *   <article>
 *     <url>https://example.org/a</url>
 *     <title>…</title>
 *     <authors><author>…</author></authors>
 *     <published>2024-02-08T10:15:00Z</published>
 *     <text>First paragraph.
 *
 * “Second,” he said.</text>
 *     <paragraphs>
 *       <paragraph start="0" end="16" kind="PARAGRAPH"/>
 *     </paragraphs>
 *     <entities>
 *       <entity id="E1" type="PERSON" salience="0.31" gender="MALE" number="SINGULAR">
 *         <name>Antony Blinken</name>
 *         <value>…</value>
 *         <aliases><alias>Blinken</alias></aliases>
 *         <titles><title>U.S. Secretary of State</title></titles>
 *         <mentions><mention start="27" end="41">Antony Blinken</mention></mentions>
 *       </entity>
 *     </entities>
 *     <quotes>
 *       <quote id="Q1" type="DIRECT" start="726" end="771" confidence="0.93">
 *         <text>That being done, many things can be achieved.</text>
 *         <speaker entity="E3" start="700" end="702"><name>Benny Gantz</name><text>He</text></speaker>
 *         <cue start="703" end="708">added</cue>
 *       </quote>
 *     </quotes>
 *   </article>
 * </articles>
 * }</pre>
 * The speaker's {@code name} and the entity's {@code value} are child elements rather than
 * attributes for the same reason as the text: they are free text taken from the article.
 *
 * <h2>Root element</h2>
 * The writer always writes an {@code <articles>} root, however many articles there are (none,
 * one or many), so it can stream each article as it comes and consumers need one XPath
 * ({@code /l:articles/l:article}). The reader accepts that and also a document whose root is a
 * single {@code <article>}.
 *
 * <h2>Exact text</h2>
 * Strings round-trip exactly, including characters XML 1.0 cannot carry:
 * <ul>
 *   <li>a carriage return is written as the character reference {@code &#13;} (a literal one
 *       would be read back as a line feed);</li>
 *   <li>each UTF-16 unit that XML 1.0 forbids outright — a C0 control other than tab, line feed
 *       and carriage return, a lone surrogate, U+FFFE, U+FFFF — is written in place as the empty
 *       element {@code <char unit="XXXX"/>} (four upper-case hexadecimal digits), which the reader
 *       turns back into that unit. A consumer that takes the element's string value sees the text
 *       without those units;</li>
 *   <li>the reader never trims or normalises character data.</li>
 * </ul>
 * Ids are attributes and must be free of control characters and lone surrogates; the writer
 * refuses such an article with {@link io.github.lede.UnsupportedInputException}.
 *
 * <h2>Reading untrusted XML</h2>
 * The reader refuses any DTD, so no entity is declared or expanded and nothing outside the input
 * is fetched (no XXE, no entity-expansion bombs). Malformed XML, unexpected elements, bad
 * attribute values and spans that do not match the text each give an
 * {@link io.github.lede.UnreadableInputException} naming the line and column.
 */
package io.github.lede.format.xml;
