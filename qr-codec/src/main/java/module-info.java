/**
 * renfang door labels: COSE_Sign1 + Ed25519 + Base45 label text, key ring and revocation
 * list, QR rendering (PNG, SVG, print sheet) and reading from text or images. Implements
 * core's {@code LabelVerifier}.
 */
module org.renfang.qr {
    requires transitive org.renfang.core;
    requires transitive java.desktop;
    requires java.management;
    requires com.google.zxing;
    requires com.google.zxing.javase;
    requires org.bouncycastle.provider;

    exports org.renfang.qr;
    exports org.renfang.qr.render;
}
