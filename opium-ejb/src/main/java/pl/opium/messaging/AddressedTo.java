package pl.opium.messaging;

import java.io.Serializable;

/** One addressee of a message by name: its kind ({@code INSTITUTION_GROUP}, {@code INSTITUTION}, {@code USER_GROUP}, {@code USER}). */
public record AddressedTo(String kind, String name) implements Serializable {

    public String getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }
}
