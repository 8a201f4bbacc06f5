/** The parsed page as a flat sequence of nodes, and the whitespace rules, shared by the passes that read it. */
package io.github.lede.extractor.html.dom;
