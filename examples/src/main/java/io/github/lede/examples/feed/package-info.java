/**
 * Example: follow an RSS or Atom feed and print what a named person says in its new items
 * ({@link io.github.lede.examples.feed.FollowFeed}).
 */
package io.github.lede.examples.feed;
