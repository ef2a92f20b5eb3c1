package org.renfang.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.renfang.model.RegistryDocument;
import org.renfang.model.json.RegistryReader;
import org.renfang.model.json.RenfangJson;
import org.renfang.model.json.RenfangModule;
import org.renfang.model.source.ReadResult;

/** A host's own mapper with {@link RenfangModule} round-trips the sample registry as the library does. */
class SampleWireFormatTest {

    @Test
    void hostMapperWithRenfangModule_roundTripsTheSample_byteForByte() throws Exception {
        RegistryDocument sample;
        try (InputStream in = Sample.open()) {
            ReadResult r = RegistryReader.readRegistry(in);
            assertThat(r.problems()).isEmpty();
            sample = r.document();
        }
        JsonMapper host = JsonMapper.builder().addModule(new RenfangModule()).build();

        byte[] ours = RenfangJson.writer().writeValueAsBytes(sample);
        byte[] theirs = host.writeValueAsBytes(sample);
        assertThat(theirs).isEqualTo(ours);

        RegistryDocument back = host.readValue(theirs, RegistryDocument.class);
        assertThat(back).isEqualTo(sample);
        assertThat(host.writeValueAsBytes(back)).isEqualTo(ours);
    }
}
