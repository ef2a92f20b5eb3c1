package org.renfang.model;

/**
 * A JSON deserializer of a value of the model that may also be written as the id of a record
 * (a lease's lessee written as its person id, {@code "P1"}, for {@code {"person": "P1"}}). The
 * library's reader reads such an id itself, sharing one id instance per text as it does for every
 * id, and asks the deserializer for the value the id stands for.
 *
 * @param <T> the type of the value
 */
public interface IdShorthand<T> {

    /**
     * Returns the type of the id a string stands for.
     *
     * @return the id type, such as {@code PersonId.class}, not null
     */
    Class<? extends RecordId> idType();

    /**
     * Returns the value an id written as a string stands for.
     *
     * @param id an id of {@link #idType()}, not null
     * @return the value, not null
     */
    T fromId(RecordId id);
}
