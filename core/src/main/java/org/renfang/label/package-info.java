/**
 * The door-label verification SPI that core defines and qr-codec implements.
 *
 * <pre>{@code
 * LabelCheck check = verifier.verify(visit.label().get(), visit.premises(), visit.at().toInstant());
 * if (!check.isValid()) { ... check.status() ... }
 * }</pre>
 */
package org.renfang.label;
