/**
 * Example: a custom annotator plugin, {@link io.github.lede.examples.topic.TopicTagger}, which keeps
 * the quotes about a topic, and {@link io.github.lede.examples.topic.TopicQuotes}, which registers
 * it on a {@link io.github.lede.Lede} and prints what it keeps.
 */
package io.github.lede.examples.topic;
