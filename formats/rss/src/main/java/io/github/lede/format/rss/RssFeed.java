package io.github.lede.format.rss;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.module.DCModuleImpl;
import com.rometools.rome.feed.module.Module;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Content;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import io.github.lede.model.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds an RSS 2.0 channel (Rome's model) from articles. */
final class RssFeed {

    private RssFeed() {
    }

    static Channel of(List<Article> articles) {
        FeedChannel info = FeedChannel.of(articles);
        Channel channel = new Channel("rss_2.0");
        channel.setEncoding("UTF-8");
        channel.setTitle(info.title());
        channel.setLink(info.link());
        channel.setDescription(info.description());
        info.language().ifPresent(channel::setLanguage);
        channel.setGenerator(FeedChannel.GENERATOR);
        info.updated().ifPresent(d -> {
            channel.setPubDate(d);
            channel.setLastBuildDate(d);
        });
        List<Item> items = new ArrayList<>();
        articles.forEach(a -> items.add(item(a)));
        channel.setItems(items);
        return channel;
    }

    private static Item item(Article article) {
        Item item = new Item();
        article.title().map(FeedText::clean).ifPresent(item::setTitle);
        Optional<String> link = FeedChannel.link(article).map(FeedText::clean);
        link.ifPresent(item::setLink);
        Guid guid = new Guid();
        guid.setValue(FeedChannel.id(article));
        guid.setPermaLink(link.isPresent());
        item.setGuid(guid);
        article.published().map(FeedChannel::date).ifPresent(item::setPubDate);
        article.description().ifPresent(d -> {
            Description description = new Description();
            description.setType("text/html");
            description.setValue(FeedText.html(d)); // RSS descriptions are read as HTML
            item.setDescription(description);
        });
        Content body = new Content();
        body.setType(Content.HTML);
        body.setValue(ArticleHtml.of(article)); // content:encoded
        item.setContent(body);
        if (!article.authors().isEmpty()) {
            DCModule dc = new DCModuleImpl();
            dc.setCreators(article.authors().stream().map(FeedText::clean).toList());
            List<Module> modules = new ArrayList<>();
            modules.add(dc);
            item.setModules(modules);
        }
        item.setForeignMarkup(LedeMarkup.of(article));
        return item;
    }
}
