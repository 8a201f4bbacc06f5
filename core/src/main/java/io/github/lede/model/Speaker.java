package io.github.lede.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Who said a quote: the resolved name, the entity it links to, and where the text names the
 * speaker for this quote ("He", "Clinton", "the military"), when it does.
 *
 * <p>A quote that continues a speaker's quote chain with no cue of its own has a speaker with
 * no {@link #mention()}.
 */
public final class Speaker {

    private final String name;
    private final String entity;
    private final Mention mention;

    private Speaker(String name, String entity, Mention mention) {
        this.name = Entity.requireText(name, "speaker name");
        this.entity = entity == null || entity.isBlank() ? null : entity;
        this.mention = mention;
    }

    /** A speaker known only by name. */
    public static Speaker of(String name) {
        return new Speaker(name, null, null);
    }

    /** A speaker named by {@code mention} in the text. */
    public static Speaker of(String name, Mention mention) {
        return new Speaker(name, null, Objects.requireNonNull(mention, "mention"));
    }

    /** A copy linked to the entity with id {@code entityId}, whose name it takes. */
    public Speaker linkedTo(Entity entity) {
        return new Speaker(entity.name(), entity.id(), mention);
    }

    /** A copy linked to the entity id, keeping this name. */
    public Speaker withEntity(String entityId) {
        return new Speaker(name, Entity.requireText(entityId, "entity id"), mention);
    }

    /** The resolved speaker: the linked entity's name where there is one. */
    public String name() {
        return name;
    }

    /** Id of the linked {@link Entity}. */
    public Optional<String> entity() {
        return Optional.ofNullable(entity);
    }

    /** Where the text names the speaker for this quote. */
    public Optional<Mention> mention() {
        return Optional.ofNullable(mention);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Speaker s && name.equals(s.name) && Objects.equals(entity, s.entity)
                && Objects.equals(mention, s.mention);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, entity, mention);
    }

    @Override
    public String toString() {
        return "Speaker{" + name + (entity == null ? "" : " " + entity)
                + (mention == null ? "" : " \"" + mention.text() + "\"@" + mention.start()) + "}";
    }
}
