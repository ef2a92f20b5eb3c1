package org.renfang.model;

/**
 * Identity document types (see docs/wire-format.md and docs/rules.md).
 */
public enum DocumentType {
    /** Resident identity card, 18 characters (GB 11643-1999). */
    CN_RESIDENT_ID,
    /** First-generation resident identity card, 15 digits. */
    CN_RESIDENT_ID_15,
    /** Residence permit for residents of Hong Kong, Macao and Taiwan (810000 / 820000 / 830000). */
    CN_HMT_RESIDENCE_PERMIT,
    /** Mainland travel permit for Hong Kong and Macao residents (港澳居民来往内地通行证): H or M + 8 digits. */
    CN_HK_MACAO_PERMIT,
    /** Mainland travel permit for Taiwan residents (台湾居民来往大陆通行证): 8 digits. */
    CN_TAIWAN_PERMIT,
    /** Foreigner permanent residence card (2017 15-character or 2023 18-character form). */
    CN_FOREIGNER_PR,
    /** A passport (ICAO 9303). */
    PASSPORT,
    /** Any other document; only its length and characters are checked. */
    OTHER
}
