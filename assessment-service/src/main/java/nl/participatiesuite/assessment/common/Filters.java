package nl.participatiesuite.assessment.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.participatiesuite.assessment.api.Problem;
import nl.participatiesuite.assessment.api.ProblemException;

/**
 * Query filters read as text and checked here, so that a wrong value is a 400 naming the parameter
 * (JAX-RS itself would answer 404 for a query parameter it cannot convert) and all wrong filters are
 * reported at once.
 */
public final class Filters {

    private static final Pattern GEMEENTE = Pattern.compile(GemeenteCode.PATTERN);

    private final List<Problem.InvalidParam> problemen = new ArrayList<>();

    public String gemeente(String naam, String waarde) {
        if (waarde != null && !GEMEENTE.matcher(waarde).matches()) {
            problemen.add(new Problem.InvalidParam(naam, "pattern", GemeenteCode.MELDING));
            return null;
        }
        return waarde;
    }

    public UUID uuid(String naam, String waarde) {
        if (waarde == null) {
            return null;
        }
        try {
            return UUID.fromString(waarde);
        } catch (IllegalArgumentException e) {
            problemen.add(new Problem.InvalidParam(naam, "invalid", naam + " is geen geldige UUID."));
            return null;
        }
    }

    public <E extends Enum<E>> E keuze(String naam, String waarde, Class<E> type) {
        if (waarde == null) {
            return null;
        }
        for (E constante : type.getEnumConstants()) {
            if (constante.name().equals(waarde)) {
                return constante;
            }
        }
        problemen.add(new Problem.InvalidParam(naam, "unknown", naam + " is een van: " + toegestaan(type) + "."));
        return null;
    }

    /** Throws one 400 listing every wrong filter, if any. */
    public void controleer() {
        if (!problemen.isEmpty()) {
            throw ProblemException.invalid(problemen);
        }
    }

    public static String toegestaan(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
