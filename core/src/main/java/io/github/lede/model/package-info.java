/**
 * The immutable data model: an {@link io.github.lede.model.Article} with its
 * {@link io.github.lede.model.Paragraph paragraphs}, {@link io.github.lede.model.Entity entities}
 * and {@link io.github.lede.model.Quote quotes}. Every offset indexes
 * {@link io.github.lede.model.Article#text()} as UTF-16 units, end exclusive.
 */
package io.github.lede.model;
