package io.github.lede.format.rss;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import io.github.lede.model.Article;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Builds an Atom 1.0 feed (Rome's model) from articles. */
final class AtomFeed {

    private AtomFeed() {
    }

    static Feed of(List<Article> articles) {
        FeedChannel info = FeedChannel.of(articles);
        Feed feed = new Feed("atom_1.0");
        feed.setEncoding("UTF-8");
        feed.setId(info.id());
        feed.setTitleEx(text(info.title()));
        feed.setSubtitle(text(info.description()));
        feed.setAlternateLinks(alternate(info.link()));
        info.language().ifPresent(feed::setLanguage);
        Generator generator = new Generator();
        generator.setValue(FeedChannel.GENERATOR);
        generator.setUrl(FeedChannel.PROJECT_URL);
        feed.setGenerator(generator);
        // Atom requires an update time; with no dated article the feed is as new as this moment
        Date updated = info.updated().orElseGet(Date::new);
        feed.setUpdated(updated);
        List<Entry> entries = new ArrayList<>();
        articles.forEach(a -> entries.add(entry(a, updated)));
        feed.setEntries(entries);
        return feed;
    }

    private static Entry entry(Article article, Date feedUpdated) {
        Entry entry = new Entry();
        entry.setId(FeedChannel.id(article));
        entry.setTitleEx(text(article.title().orElse("")));
        FeedChannel.link(article).ifPresent(l -> entry.setAlternateLinks(alternate(l)));
        article.published().map(FeedChannel::date).ifPresent(entry::setPublished);
        entry.setUpdated(article.modified().or(article::published).map(FeedChannel::date).orElse(feedUpdated));
        List<SyndPerson> authors = new ArrayList<>();
        for (String name : article.authors()) {
            Person person = new Person();
            person.setName(FeedText.clean(name));
            authors.add(person);
        }
        entry.setAuthors(authors);
        article.description().ifPresent(d -> entry.setSummary(text(d)));
        Content body = new Content();
        body.setType(Content.HTML);
        body.setValue(ArticleHtml.of(article));
        List<Content> contents = new ArrayList<>();
        contents.add(body);
        entry.setContents(contents);
        entry.setForeignMarkup(LedeMarkup.of(article));
        return entry;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(FeedText.clean(value));
        return content;
    }

    private static List<Link> alternate(String href) {
        Link link = new Link();
        link.setRel("alternate");
        link.setType("text/html");
        link.setHref(FeedText.clean(href));
        List<Link> links = new ArrayList<>();
        links.add(link);
        return links;
    }
}
