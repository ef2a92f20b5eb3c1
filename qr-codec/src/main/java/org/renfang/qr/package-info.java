/**
 * Signed door labels (门牌二维码): issue label text, read and verify it from text or images.
 *
 * <pre>{@code
 * LabelPrivateKey key = LabelKeys.loadPrivateKey(Path.of("keys"));
 * String text = LabelIssuer.of(key).withErrorCorrection(ErrorCorrection.Q).withMaxVersion(9)
 *         .issue(DoorLabel.of("110105", PremisesId.of("H1"), 7, LocalDate.of(2026, 3, 1), null));
 *
 * LabelReader reader = LabelReader.of(KeyRing.load(Path.of("keys")), RevocationList.load(revokedFile));
 * LabelReading r = reader.read(text, PremisesId.of("H1"), Instant.now(clock));
 * if (r.isValid()) { ... } else { ... r.status() ... r.stage() ... }
 * }</pre>
 *
 * <p>Reading never throws on bad input; issuing, key files and image decoding throw
 * {@link org.renfang.qr.LabelException} with a stable code.
 */
package org.renfang.qr;
