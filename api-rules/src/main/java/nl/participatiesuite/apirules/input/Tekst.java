package nl.participatiesuite.apirules.input;

/**
 * Text normalisation, one way for every service: what counts as blank, what is trimmed, which
 * characters no text may hold. Java's own {@code isBlank} and {@code strip} do not know the
 * Unicode spaces U+00A0, U+2007 and U+202F; a name made of those is as empty as one made of blanks.
 */
public final class Tekst {

    private Tekst() {
    }

    /** White space in the Unicode sense: what {@link Character#isWhitespace} knows plus the no-break spaces. */
    public static boolean isSpatie(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == '\u200B'
                || codePoint == '\uFEFF';
    }

    public static boolean isLeeg(String tekst) {
        return tekst == null || tekst.codePoints().allMatch(Tekst::isSpatie);
    }

    /** The text without leading and trailing (Unicode) spaces; {@code null} when nothing remains. */
    public static String normaliseer(String tekst) {
        if (isLeeg(tekst)) {
            return null;
        }
        int begin = 0;
        int einde = tekst.length();
        while (isSpatie(tekst.codePointAt(begin))) {
            begin += Character.charCount(tekst.codePointAt(begin));
        }
        while (isSpatie(tekst.codePointBefore(einde))) {
            einde -= Character.charCount(tekst.codePointBefore(einde));
        }
        return tekst.substring(begin, einde);
    }

    /** NUL and the other C0/C1 control characters, except tab, newline and carriage return (free text may hold those). */
    public static boolean bevatStuurteken(String tekst) {
        if (tekst == null) {
            return false;
        }
        for (int i = 0; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
