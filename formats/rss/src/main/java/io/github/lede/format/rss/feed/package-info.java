/**
 * Feed input: an RSS or Atom feed, given as a file or URL to {@link io.github.lede.Lede#expand},
 * stands for the pages its items link to. See {@link io.github.lede.format.rss.feed.FeedExpander}.
 */
package io.github.lede.format.rss.feed;
