package pl.opium.files;

import pl.opium.OpiumException;

/** An upload the store would not keep: empty, too large, of a refused type or without a name. */
public class FileRefusedException extends OpiumException {

    public FileRefusedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
