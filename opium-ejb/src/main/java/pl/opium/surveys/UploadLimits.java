package pl.opium.surveys;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * What an uploaded workbook may expand to, set explicitly for POI (its limits are global to the
 * application's copy of POI): an entry inflating more than 50 times its compressed size is a zip bomb,
 * no entry of an .xlsx may exceed 256 MB unpacked (a sheet of 65,536 rows × 50 columns of text is far
 * less), no text in it 32 MB. A workbook beyond them is refused with {@code surveys.tooCompressed}
 * before it is read. The upload limit (50 MB) bounds an .xls, which has no compression to abuse.
 */
final class UploadLimits {

    static final double MIN_INFLATE_RATIO = 0.02;
    static final long MAX_ENTRY_SIZE = 256L * 1024 * 1024;
    static final long MAX_TEXT_SIZE = 32L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
    }

    private UploadLimits() {
    }

    /** Makes sure the limits are set (the class's initialisation sets them once). */
    static void apply() {
        // the static initialiser has run by now
    }

    /** Whether a failure to read a workbook was POI's zip-bomb guard refusing it. */
    static boolean refusedAsBomb(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = cause.getMessage();
            if (message != null && (message.contains("Zip bomb detected") || message.contains("exceeds the max entry size")
                    || message.contains("The text would exceed the max allowed overall size"))) {
                return true;
            }
        }
        return false;
    }
}
