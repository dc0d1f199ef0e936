package nl.participatiesuite.registry.regels;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of an initiatief (domain.md §1): {@code INGEDIEND → IN_BEHANDELING → LOPEND →
 * AFGEROND}; {@code AFGEWEZEN} from INGEDIEND or IN_BEHANDELING, with a reason; {@code
 * INGETROKKEN} by the initiator from any non-final state. Every other transition is refused.
 */
public final class InitiatiefLevenscyclus {

    /** The status a new initiatief starts in. */
    public static final InitiatiefStatus BEGINSTATUS = InitiatiefStatus.INGEDIEND;

    private static final Map<InitiatiefStatus, Set<InitiatiefStatus>> VOLGENDE_STAP = Map.of(
            InitiatiefStatus.INGEDIEND, EnumSet.of(InitiatiefStatus.IN_BEHANDELING),
            InitiatiefStatus.IN_BEHANDELING, EnumSet.of(InitiatiefStatus.LOPEND),
            InitiatiefStatus.LOPEND, EnumSet.of(InitiatiefStatus.AFGEROND));

    private static final Set<InitiatiefStatus> AFWIJSBAAR_VANUIT =
            EnumSet.of(InitiatiefStatus.INGEDIEND, InitiatiefStatus.IN_BEHANDELING);

    private InitiatiefLevenscyclus() {
    }

    public static boolean isToegestaan(InitiatiefStatus van, InitiatiefStatus naar) {
        return switch (naar) {
            case AFGEWEZEN -> AFWIJSBAAR_VANUIT.contains(van);
            case INGETROKKEN -> !van.isFinaal();
            default -> VOLGENDE_STAP.getOrDefault(van, Set.of()).contains(naar);
        };
    }

    /** Rejecting an initiatief must say why; the initiator is owed an explanation. */
    public static boolean vereistReden(InitiatiefStatus naar) {
        return naar == InitiatiefStatus.AFGEWEZEN;
    }

    /** @throws StatusovergangNietToegestaan when the lifecycle has no arrow from {@code van} to {@code naar} */
    public static void controleer(InitiatiefStatus van, InitiatiefStatus naar) {
        if (!isToegestaan(van, naar)) {
            throw new StatusovergangNietToegestaan(van, naar);
        }
    }
}
