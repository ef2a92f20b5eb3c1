package org.renfang.spark;

import java.io.Serializable;

/** Where a record sits in a per-kind dataset: its file and its offset (or row) in the file. */
final class Pos implements Comparable<Pos>, Serializable {
    private static final long serialVersionUID = 1L;

    final String file;
    final long offset;

    Pos(String file, long offset) {
        this.file = file;
        this.offset = offset;
    }

    @Override
    public int compareTo(Pos o) {
        int c = file.compareTo(o.file);
        return c != 0 ? c : Long.compare(offset, o.offset);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pos && compareTo((Pos) o) == 0;
    }

    @Override
    public int hashCode() {
        return file.hashCode() * 31 + Long.hashCode(offset);
    }
}
