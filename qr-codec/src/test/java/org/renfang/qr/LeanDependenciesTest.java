package org.renfang.qr;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * renfang-qr brings ZXing's BufferedImage glue ({@code zxing:javase}) but none of what javase
 * itself depends on: jcommander (ZXing's own command line) and jai-imageio-core (ImageIO
 * plugins a host did not ask for) are excluded in the POM. The test class path is the module's
 * own, so a class of either on it means the exclusion is gone.
 */
class LeanDependenciesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "com.beust.jcommander.JCommander",
            "com.github.jaiimageio.impl.plugins.tiff.TIFFImageReaderSpi"})
    void excludedLibrary_isNotOnTheClassPath(String className) {
        assertThatThrownBy(() -> Class.forName(className, false, getClass().getClassLoader()))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void imageGlue_isOnTheClassPath() throws ClassNotFoundException {
        // the class QrImageReader uses from javase: the exclusions must not take javase itself away
        Class.forName("com.google.zxing.client.j2se.BufferedImageLuminanceSource", false,
                getClass().getClassLoader());
    }
}
