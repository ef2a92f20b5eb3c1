package org.renfang.qr;

import org.junit.jupiter.api.Test;
import org.renfang.testing.PackageCycles;

/** The qr-codec module's packages form no cycle: each package is one slice. */
class PackageCyclesTest {

    @Test
    void noPackageCycles() {
        PackageCycles.assertNone("org.renfang.qr");
    }
}
