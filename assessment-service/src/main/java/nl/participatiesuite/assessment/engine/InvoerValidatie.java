package nl.participatiesuite.assessment.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Controleert een {@link BeoordelingInvoer} en meldt alle overtredingen tegelijk, in de volgorde van de
 * velden. Waar domain.md niet zegt of een antwoord verplicht is, geldt:
 * <ul>
 *   <li>omvang, maatschappelijkBelang, maatschappelijkeBijdrage en de hinder-aspecten zijn optioneel
 *       (niet ingevuld telt als NIET), want stap 2 vervalt als stap 1 negatief is; een aspect dat wel
 *       genoemd wordt, moet een waarde hebben;</li>
 *   <li>van een belanghebbende zijn naam, weging, pastBijBelang en gevolgen verplicht: ze bepalen de
 *       behoefte, en een stil standaardantwoord zou het advies verlagen;</li>
 *   <li>alleen de rolvraag van de eigen initiatiefnemer is verplicht; de andere wordt genegeerd;</li>
 *   <li>ondersteuningGevraagd is optioneel (zonder antwoord blijft de overheidsparticipatie-rol open),
 *       maar als het gegeven is, zijn de vervolgvragen van die tak verplicht: bij GEEN schuurtMetDoelen,
 *       anders pastBijAmbities en middelenBeschikbaar.</li>
 * </ul>
 */
public final class InvoerValidatie {

    private InvoerValidatie() {
    }

    public static List<Overtreding> valideer(BeoordelingInvoer invoer) {
        List<Overtreding> overtredingen = new ArrayList<>();
        if (invoer == null) {
            overtredingen.add(Overtreding.verplicht("$"));
            return overtredingen;
        }
        tekstVerplicht(overtredingen, "doel", invoer.doel());
        tekstVerplicht(overtredingen, "activiteit", invoer.activiteit());
        verplicht(overtredingen, "initiatiefnemer", invoer.initiatiefnemer());
        verplicht(overtredingen, "schaal", invoer.schaal());
        verplicht(overtredingen, "ruimte", invoer.ruimte());
        verplicht(overtredingen, "belangen", invoer.belangen());
        verplicht(overtredingen, "tijd", invoer.tijd());
        schaalwaarde(overtredingen, "omvang", invoer.omvang());
        schaalwaarde(overtredingen, "maatschappelijkBelang", invoer.maatschappelijkBelang());
        schaalwaarde(overtredingen, "maatschappelijkeBijdrage", invoer.maatschappelijkeBijdrage());
        hinder(overtredingen, "hinderTijdens", invoer.hinderTijdens());
        hinder(overtredingen, "hinderNa", invoer.hinderNa());
        belanghebbenden(overtredingen, invoer.belanghebbenden());
        rolvraag(overtredingen, invoer);
        overheidsparticipatie(overtredingen, invoer);
        return List.copyOf(overtredingen);
    }

    private static void hinder(List<Overtreding> overtredingen, String veld, Map<Aspect, Integer> hinder) {
        hinder.forEach((aspect, waarde) -> {
            String pad = veld + "." + aspect.name();
            if (waarde == null) {
                overtredingen.add(Overtreding.verplicht(pad));
            } else {
                schaalwaarde(overtredingen, pad, waarde);
            }
        });
    }

    private static void belanghebbenden(List<Overtreding> overtredingen, List<Belanghebbende> lijst) {
        for (int i = 0; i < lijst.size(); i++) {
            String pad = "belanghebbenden[" + i + "]";
            Belanghebbende b = lijst.get(i);
            if (b == null) {
                overtredingen.add(Overtreding.verplicht(pad));
                continue;
            }
            tekstVerplicht(overtredingen, pad + ".naam", b.naam());
            if (b.weging() == null) {
                overtredingen.add(Overtreding.verplicht(pad + ".weging"));
            } else {
                bereik(overtredingen, pad + ".weging", b.weging(),
                        Belanghebbende.WEGING_MINIMUM, Belanghebbende.WEGING_MAXIMUM);
            }
            verplicht(overtredingen, pad + ".pastBijBelang", b.pastBijBelang());
            verplicht(overtredingen, pad + ".gevolgen", b.gevolgen());
        }
    }

    private static void rolvraag(List<Overtreding> overtredingen, BeoordelingInvoer invoer) {
        if (invoer.initiatiefnemer() == Initiatiefnemer.SAMENLEVING) {
            verplicht(overtredingen, "gemeenteBijdrageNodig", invoer.gemeenteBijdrageNodig());
        } else if (invoer.initiatiefnemer() == Initiatiefnemer.GEMEENTE) {
            verplicht(overtredingen, "gemeenteMoetBeslissen", invoer.gemeenteMoetBeslissen());
        }
    }

    private static void overheidsparticipatie(List<Overtreding> overtredingen, BeoordelingInvoer invoer) {
        if (invoer.initiatiefnemer() != Initiatiefnemer.SAMENLEVING || invoer.ondersteuningGevraagd() == null) {
            return;
        }
        if (invoer.ondersteuningGevraagd() == Ondersteuning.GEEN) {
            verplicht(overtredingen, "schuurtMetDoelen", invoer.schuurtMetDoelen());
        } else {
            verplicht(overtredingen, "pastBijAmbities", invoer.pastBijAmbities());
            verplicht(overtredingen, "middelenBeschikbaar", invoer.middelenBeschikbaar());
        }
    }

    private static void schaalwaarde(List<Overtreding> overtredingen, String pad, Integer waarde) {
        if (waarde != null) {
            bereik(overtredingen, pad, waarde, Schaalwaarde.MINIMUM, Schaalwaarde.MAXIMUM);
        }
    }

    static void bereik(List<Overtreding> overtredingen, String pad, int waarde, int minimum, int maximum) {
        if (waarde < minimum) {
            overtredingen.add(Overtreding.minimaal(pad, minimum));
        } else if (waarde > maximum) {
            overtredingen.add(Overtreding.maximaal(pad, maximum));
        }
    }

    private static void verplicht(List<Overtreding> overtredingen, String pad, Object waarde) {
        if (waarde == null) {
            overtredingen.add(Overtreding.verplicht(pad));
        }
    }

    /** Blank includes the Unicode no-break spaces, which {@code isBlank} lets through (as the API's NotBlank does). */
    private static void tekstVerplicht(List<Overtreding> overtredingen, String pad, String waarde) {
        if (waarde == null || waarde.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            overtredingen.add(Overtreding.verplicht(pad));
        }
    }
}
