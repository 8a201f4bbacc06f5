package io.github.lede.extractor.quotes;

import io.github.lede.model.Entity;
import io.github.lede.model.EntityType;
import io.github.lede.model.Gender;
import io.github.lede.model.Speaker;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Someone who can speak: a person or organisation of the article, with the forms, roles and
 * gender the text gives it, and the entity it links to when the entity annotator found one.
 * Mutable while one annotation run learns about it; never shared between runs.
 */
final class Referent {

    String name;
    EntityType type;
    Gender gender = Gender.UNKNOWN;
    final Entity entity;
    /** Lower-case forms: the name, surname, first name, aliases. */
    final Set<String> forms = new LinkedHashSet<>();
    /** Lower-case role words: "minister", "chief", "spokesperson", "daughter". */
    final Set<String> roles = new LinkedHashSet<>();
    int maleVotes;
    int femaleVotes;

    Referent(String name, EntityType type, Entity entity) {
        this.name = name;
        this.type = type;
        this.entity = entity;
        addForm(name);
        if (entity != null) {
            entity.aliases().forEach(this::addForm);
            for (String title : entity.titles()) {
                for (String w : title.split("[\\s]+")) {
                    roles.add(Lexicon.bare(w));
                }
            }
            gender = entity.gender();
        }
    }

    void addForm(String form) {
        forms.add(Lexicon.lower(form));
    }

    boolean isPerson() {
        return EntityType.PERSON.equals(type);
    }

    boolean isOrganisation() {
        return EntityType.ORGANIZATION.equals(type);
    }

    /** The gender the text tells: the entity's, else honorifics and roles, else pronoun votes. */
    Gender gender() {
        if (gender != Gender.UNKNOWN) {
            return gender;
        }
        for (String r : roles) {
            if (Lexicon.FEMALE_ROLES.contains(r)) {
                return Gender.FEMALE;
            }
            if (Lexicon.MALE_ROLES.contains(r)) {
                return Gender.MALE;
            }
        }
        if (maleVotes > femaleVotes) {
            return Gender.MALE;
        }
        if (femaleVotes > maleVotes) {
            return Gender.FEMALE;
        }
        return Gender.UNKNOWN;
    }

    /** The speaker this referent is, named where the text names it. */
    Speaker speaker(io.github.lede.model.Mention where) {
        Speaker s = where == null ? Speaker.of(name) : Speaker.of(name, where);
        return entity == null ? s : s.linkedTo(entity);
    }

    @Override
    public String toString() {
        return name + "/" + type + "/" + gender();
    }
}
