package org.renfang.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.renfang.validation.profile.Parameter;
import org.renfang.validation.profile.Profiles;

/** Loading a child profile first loads its parent inside the cache without re-entering it. */
class ProfileCacheTest {

    @Test
    void childLoadedFirst_loadsItsParent() throws Exception {
        Field f = Profiles.class.getDeclaredField("CACHE");
        f.setAccessible(true);
        ((Map<?, ?>) f.get(null)).clear();
        assertThat(Profiles.load("CN-4403").days(Parameter.LEASE_FILING_DAYS)).hasValue(30);
        assertThat(Profiles.load("CN-4403")).isSameAs(Profiles.load("CN-4403"));
    }
}
