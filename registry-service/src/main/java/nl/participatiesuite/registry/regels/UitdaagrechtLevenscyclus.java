package nl.participatiesuite.registry.regels;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lifecycle of an uitdaagrechtverzoek (domain.md §5): {@code INGEDIEND → IN_BEHANDELING → TOEGEKEND |
 * AFGEWEZEN}; {@code TOEGEKEND → OVEREENKOMST_GESLOTEN → IN_UITVOERING → AFGEROND}; {@code INGETROKKEN} by the
 * indiener from any non-final state; {@code BUITEN_BEHANDELING} when missing parts are not supplied in time, which
 * can only happen before the besluit (Awb 4:5 is about the aanvraag, not about a granted verzoek). Every other
 * transition is refused, naming the ones that are allowed.
 */
public final class UitdaagrechtLevenscyclus {

    /** The status a new verzoek starts in. */
    public static final UitdaagrechtStatus BEGINSTATUS = UitdaagrechtStatus.INGEDIEND;

    private static final Map<UitdaagrechtStatus, Set<UitdaagrechtStatus>> VOLGENDE_STAP = Map.of(
            UitdaagrechtStatus.INGEDIEND, EnumSet.of(UitdaagrechtStatus.IN_BEHANDELING),
            UitdaagrechtStatus.IN_BEHANDELING, EnumSet.of(UitdaagrechtStatus.TOEGEKEND, UitdaagrechtStatus.AFGEWEZEN),
            UitdaagrechtStatus.TOEGEKEND, EnumSet.of(UitdaagrechtStatus.OVEREENKOMST_GESLOTEN),
            UitdaagrechtStatus.OVEREENKOMST_GESLOTEN, EnumSet.of(UitdaagrechtStatus.IN_UITVOERING),
            UitdaagrechtStatus.IN_UITVOERING, EnumSet.of(UitdaagrechtStatus.AFGEROND));

    private UitdaagrechtLevenscyclus() {
    }

    /** Every status the verzoek may go to from {@code van}, in the order of the enum; empty for a final one. */
    public static Set<UitdaagrechtStatus> toegestaanVanuit(UitdaagrechtStatus van) {
        Set<UitdaagrechtStatus> toegestaan = EnumSet.noneOf(UitdaagrechtStatus.class);
        for (UitdaagrechtStatus naar : UitdaagrechtStatus.values()) {
            if (isToegestaan(van, naar)) {
                toegestaan.add(naar);
            }
        }
        return toegestaan;
    }

    public static boolean isToegestaan(UitdaagrechtStatus van, UitdaagrechtStatus naar) {
        return switch (naar) {
            case INGETROKKEN -> !van.isFinaal();
            case BUITEN_BEHANDELING -> van.isVoorBesluit();
            default -> VOLGENDE_STAP.getOrDefault(van, Set.of()).contains(naar);
        };
    }

    /** @throws OvergangNietToegestaan when the lifecycle has no arrow from {@code van} to {@code naar} */
    public static void controleer(UitdaagrechtStatus van, UitdaagrechtStatus naar) {
        if (!isToegestaan(van, naar)) {
            throw new OvergangNietToegestaan(van, naar, toegestaanVanuit(van));
        }
    }

    /** A transition the lifecycle does not allow; the API answers it with 409 naming the allowed next states. */
    public static final class OvergangNietToegestaan extends RuntimeException {

        private final transient Set<UitdaagrechtStatus> toegestaan;

        OvergangNietToegestaan(UitdaagrechtStatus van, UitdaagrechtStatus naar, Set<UitdaagrechtStatus> toegestaan) {
            super("Een uitdaagrechtverzoek gaat niet van " + van + " naar " + naar + ". "
                    + (toegestaan.isEmpty()
                            ? van + " is een eindstatus."
                            : "Vanuit " + van + " kan het naar: "
                                    + toegestaan.stream().map(Enum::name).collect(Collectors.joining(", ")) + "."),
                    null, false, false);
            this.toegestaan = Set.copyOf(toegestaan);
        }

        public Set<UitdaagrechtStatus> toegestaan() {
            return toegestaan;
        }
    }
}
