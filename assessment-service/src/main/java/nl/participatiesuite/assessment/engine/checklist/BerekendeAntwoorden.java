package nl.participatiesuite.assessment.engine.checklist;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.participatiesuite.assessment.engine.AanspreekpuntStatus;
import nl.participatiesuite.assessment.engine.Belanghebbende;
import nl.participatiesuite.assessment.engine.BeoordelingInvoer;
import nl.participatiesuite.assessment.engine.DoelSamenwerking;
import nl.participatiesuite.assessment.engine.Onderbouwing;
import nl.participatiesuite.assessment.engine.OnderbouwingCode;
import nl.participatiesuite.assessment.engine.Ondersteuning;
import nl.participatiesuite.assessment.engine.Uitkomst;
import nl.participatiesuite.assessment.engine.WerkvormAdvies;

/**
 * De antwoorden die een berekende uitkomst al geeft, per vraagsleutel. Alleen vragen die de samenwerkingswijzer
 * echt beantwoordt worden gevuld; de rest blijft open voor het team (bijvoorbeeld de voorgeschiedenis of de
 * communicatiekalender).
 */
final class BerekendeAntwoorden {

    private BerekendeAntwoorden() {
    }

    static Map<String, String> van(BeoordelingInvoer invoer, Uitkomst uitkomst) {
        Map<String, String> antwoorden = new LinkedHashMap<>();
        if (Handreiking.voor(invoer.initiatiefnemer()) == Handreiking.INWONERSPARTICIPATIE) {
            inwonersparticipatie(antwoorden, invoer, uitkomst);
        } else {
            overheidsparticipatie(antwoorden, invoer, uitkomst);
        }
        return antwoorden;
    }

    private static void inwonersparticipatie(Map<String, String> antwoorden, BeoordelingInvoer invoer,
                                             Uitkomst uitkomst) {
        antwoorden.put("afwegingRuimte", jaOfReden(invoer.ruimte(), uitkomst, OnderbouwingCode.GEEN_RUIMTE));
        antwoorden.put("afwegingGeschikt", jaOfReden(invoer.belangen(), uitkomst, OnderbouwingCode.GEEN_BELANGEN));
        if (!invoer.doelenSamenwerking().isEmpty()) {
            antwoorden.put("afwegingDoel", zin(invoer.doelenSamenwerking().stream()
                    .map(DoelSamenwerking::label).collect(Collectors.joining(", "))));
        }
        antwoorden.put("afwegingCapaciteit", jaOfReden(invoer.tijd(), uitkomst, OnderbouwingCode.GEEN_TIJD));
        antwoorden.put("betrokkenenGebied", zin("Schaal " + invoer.schaal().label()
                + (uitkomst.aanspreekpunt().kern() == null ? "" : ", kern " + uitkomst.aanspreekpunt().kern())));
        belanghebbenden(invoer.belanghebbenden()).ifPresent(tekst -> antwoorden.put("betrokkenenActoren", tekst));
        if (uitkomst.startnotitie().vereist()) {
            antwoorden.put("betrokkenenGemeenteraad", teksten(uitkomst.startnotitie().onderbouwing()));
        }
        antwoorden.put("niveauUitkomsten", zin(uitkomst.stap3().watGebeurtMetInbreng()));
        if (invoer.kaders() != null && !invoer.kaders().isBlank()) {
            antwoorden.put("niveauGrenzen", invoer.kaders().strip());
        }
        antwoorden.put("niveauParticipatie", uitkomst.stap3().niveau() + " (participatieladder: "
                + uitkomst.stap3().ladderniveau() + ").");
        antwoorden.put("participatiemiddelen", "Werkvormen: " + namen(uitkomst.stap4().werkvormen())
                + ". Communicatie (meeweten): " + namen(uitkomst.stap4().communicatie()) + ".");
    }

    private static void overheidsparticipatie(Map<String, String> antwoorden, BeoordelingInvoer invoer,
                                              Uitkomst uitkomst) {
        antwoorden.put("geschiedenisInitiatief", "Doel: " + invoer.doel().strip() + ". Activiteit: "
                + invoer.activiteit().strip() + ".");
        if (uitkomst.aanspreekpunt().status() == AanspreekpuntStatus.KERNAMBTENAREN_BEKEND
                && !uitkomst.aanspreekpunt().kernambtenaren().isEmpty()) {
            antwoorden.put("geschiedenisAmbtenaren", teksten(uitkomst.aanspreekpunt().onderbouwing()));
        }
        belanghebbenden(invoer.belanghebbenden()).ifPresent(tekst -> antwoorden.put("houdingAnderen", tekst));
        if (invoer.ondersteuningGevraagd() != null) {
            antwoorden.put("houdingVraag", ondersteuning(invoer.ondersteuningGevraagd()));
        }
        if (invoer.pastBijAmbities() != null) {
            antwoorden.put("houdingInitiatief", "Past bij de ambities van de gemeente: "
                    + (invoer.pastBijAmbities() ? "ja." : "nee."));
        }
        if (invoer.middelenBeschikbaar() != null) {
            antwoorden.put("rolMiddelen", jaNee(invoer.middelenBeschikbaar()));
        }
        if (uitkomst.overheidsparticipatie().rol() != null) {
            antwoorden.put("rolKeuze", uitkomst.overheidsparticipatie().rol() + ". "
                    + teksten(uitkomst.overheidsparticipatie().onderbouwing()));
        }
    }

    private static Optional<String> belanghebbenden(List<Belanghebbende> lijst) {
        if (lijst.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(lijst.stream()
                .map(b -> b.naam() + " (weging " + b.weging() + ", gevolgen " + b.gevolgen() + ")")
                .collect(Collectors.joining("; ")) + ".");
    }

    private static String ondersteuning(Ondersteuning ondersteuning) {
        return switch (ondersteuning) {
            case GEEN -> "Geen ondersteuning.";
            case MIDDELEN -> "Middelen, zoals budget, kennis of menskracht.";
            case MEDE_INITIATIEFNEMER -> "De gemeente als mede-initiatiefnemer.";
        };
    }

    private static String namen(List<WerkvormAdvies> werkvormen) {
        return werkvormen.stream().map(WerkvormAdvies::naam).collect(Collectors.joining("; "));
    }

    private static String teksten(List<Onderbouwing> onderbouwing) {
        return onderbouwing.stream().map(Onderbouwing::tekst).collect(Collectors.joining(" "));
    }

    /** "Ja." of "Nee." met de reden die stap 1 bij dat nee gaf. */
    private static String jaOfReden(boolean antwoord, Uitkomst uitkomst, OnderbouwingCode neeCode) {
        if (antwoord) {
            return "Ja.";
        }
        return "Nee. " + teksten(uitkomst.stap1().onderbouwing().stream()
                .filter(o -> o.code() == neeCode).toList());
    }

    private static String jaNee(boolean antwoord) {
        return antwoord ? "Ja." : "Nee.";
    }

    private static String zin(String tekst) {
        String kern = tekst.strip();
        return Character.toUpperCase(kern.charAt(0)) + kern.substring(1) + (kern.endsWith(".") ? "" : ".");
    }
}
