package org.renfang.spark;

import java.io.Serializable;

/** A record in a neighbourhood: owned (its findings are kept) or context (read only). */
final class Held implements Serializable {
    private static final long serialVersionUID = 1L;

    final Rec rec;
    final boolean owned;

    Held(Rec rec, boolean owned) {
        this.rec = rec;
        this.owned = owned;
    }
}
