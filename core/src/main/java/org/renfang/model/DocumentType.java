package org.renfang.model;

/**
 * Identity document types (DESIGN field reference).
 */
public enum DocumentType {
    /** Resident identity card, 18 characters (GB 11643-1999). */
    CN_RESIDENT_ID,
    /** First-generation resident identity card, 15 digits. */
    CN_RESIDENT_ID_15,
    /** Residence permit for residents of Hong Kong, Macao and Taiwan (810000 / 820000 / 830000). */
    CN_HMT_RESIDENCE_PERMIT,
    /** Foreigner permanent residence card (2017 15-character or 2023 18-character form). */
    CN_FOREIGNER_PR,
    /** A passport (ICAO 9303). */
    PASSPORT,
    /** Any other document; only its length and characters are checked. */
    OTHER
}
