package org.renfang.qr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.renfang.qr.internal.ImageException;

/** Every image failure of the internal reader becomes the public exception of the same name. */
class ImageFailureTest {

    @Test
    void eachKindBecomesTheCodeOfItsName_withMessageAndCause() {
        IOException cause = new IOException("truncated");
        for (ImageException.Kind kind : ImageException.Kind.values()) {
            LabelException e = LabelImages.labelException(new ImageException(kind, "why " + kind, cause));
            assertThat(e.code().name()).isEqualTo(kind.name());
            assertThat(e).hasMessage("why " + kind).hasCause(cause);
        }
    }

    @Test
    void withoutCause() {
        LabelException e = LabelImages.labelException(new ImageException(ImageException.Kind.NO_CODE_FOUND, "none"));
        assertThat(e.code()).isEqualTo(LabelException.Code.NO_CODE_FOUND);
        assertThat(e.getCause()).isNull();
    }

    @Test
    void anImageWithoutACodeIsRefusedWithThePublicException() {
        byte[] notAnImage = {1, 2, 3, 4};
        try {
            LabelImages.decode(notAnImage);
            throw new AssertionError("decoded");
        } catch (LabelException e) {
            assertThat(e.code()).isEqualTo(LabelException.Code.IMAGE_UNSUPPORTED);
        }
    }
}
