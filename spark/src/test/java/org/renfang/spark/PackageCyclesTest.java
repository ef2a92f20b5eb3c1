package org.renfang.spark;

import org.junit.jupiter.api.Test;
import org.renfang.testing.PackageCycles;

/** The spark module's packages form no cycle: each package is one slice. */
class PackageCyclesTest {

    @Test
    void noPackageCycles() {
        PackageCycles.assertNone("org.renfang.spark");
    }
}
