package io.github.lede.format.rss;

import io.github.lede.model.Article;
import io.github.lede.model.Entity;
import io.github.lede.model.Quote;
import java.util.ArrayList;
import java.util.List;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * An article's entities and quotes as elements of the Lede feed namespace, added to each RSS
 * item or Atom entry. Feed readers that do not know the namespace ignore them.
 */
final class LedeMarkup {

    static final Namespace NAMESPACE = Namespace.getNamespace("lede", RssFormat.LEDE_NAMESPACE);

    private LedeMarkup() {
    }

    static List<Element> of(Article article) {
        List<Element> elements = new ArrayList<>();
        for (Entity e : article.entities()) {
            Element el = new Element("entity", NAMESPACE)
                    .setAttribute("id", FeedText.clean(e.id()))
                    .setAttribute("type", e.type().name())
                    .setAttribute("mentions", Integer.toString(e.mentions().size()));
            e.salience().ifPresent(s -> el.setAttribute("salience", Double.toString(s)));
            elements.add(el.setText(FeedText.clean(e.name())));
        }
        for (Quote q : article.quotes()) {
            Element el = new Element("quote", NAMESPACE)
                    .setAttribute("id", FeedText.clean(q.id()))
                    .setAttribute("type", q.type().name());
            q.speaker().ifPresent(s -> {
                el.setAttribute("speaker", FeedText.clean(s.name()));
                s.entity().ifPresent(id -> el.setAttribute("entity", FeedText.clean(id)));
            });
            q.cue().ifPresent(c -> el.setAttribute("cue", FeedText.clean(c.text())));
            el.setAttribute("confidence", Double.toString(q.confidence()));
            elements.add(el.setText(FeedText.clean(q.text())));
        }
        return elements;
    }
}
