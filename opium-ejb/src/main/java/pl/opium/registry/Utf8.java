package pl.opium.registry;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Imported registers are UTF-8: a file saved in another encoding is refused, not read as garbled names. */
final class Utf8 {

    private Utf8() {
    }

    /** A reader that fails with a CharacterCodingException on the first byte that is not UTF-8. */
    static Reader strictReader(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }
}
