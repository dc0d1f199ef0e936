package nl.participatiesuite.registry.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Amounts in messages the way Dutch readers write them: € 1.234,50. */
public final class Euro {

    private static final Locale NL = Locale.forLanguageTag("nl-NL");

    private Euro() {
    }

    public static String format(BigDecimal bedrag) {
        // DecimalFormat is not thread-safe, so each call gets its own.
        return "€ " + new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(NL)).format(bedrag);
    }
}
