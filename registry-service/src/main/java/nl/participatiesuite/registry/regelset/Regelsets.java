package nl.participatiesuite.registry.regelset;

import java.time.LocalDate;
import java.util.UUID;
import nl.participatiesuite.apirules.problem.ProblemException;

/** Finds rule sets: one by id, or the one in force for a gemeente on a day. */
public final class Regelsets {

    private Regelsets() {
    }

    static Regelset existing(UUID id) {
        Regelset regelset = Regelset.findById(id);
        if (regelset == null) {
            throw ProblemException.notFound("Regelset", id);
        }
        return regelset;
    }

    /**
     * The version in force on {@code datum}: of the gemeente's versions whose ingangsdatum is on or before that day,
     * the one with the latest ingangsdatum (the highest version among equal dates); the default rule set when there
     * is none.
     */
    public static GeldendeRegelset geldendOp(String gemeente, LocalDate datum) {
        Regelset geldend = Regelset.<Regelset>find(
                        "gemeente = ?1 and ingangsdatum <= ?2 order by ingangsdatum desc, versie desc", gemeente, datum)
                .firstResult();
        return geldend == null ? GeldendeRegelset.standaard() : GeldendeRegelset.van(geldend);
    }

    /** The rule set an object recorded (its id), or the default when it recorded none. */
    public static GeldendeRegelset vastgelegd(UUID id) {
        if (id == null) {
            return GeldendeRegelset.standaard();
        }
        Regelset regelset = Regelset.findById(id);
        if (regelset == null) {
            // Published versions are never deleted (no DELETE, a foreign key guards them): this is a bug, not input.
            throw new IllegalStateException("Vastgelegde regelset " + id + " bestaat niet meer.");
        }
        return GeldendeRegelset.van(regelset);
    }

    /**
     * The rules of a calendar year (onkostenvergoeding, jaarplafond): those in force on 1 January, so the amounts of
     * a year that has begun never change with a later publication.
     */
    public static GeldendeRegelset vanJaar(String gemeente, int jaar) {
        return geldendOp(gemeente, LocalDate.of(jaar, 1, 1));
    }
}
