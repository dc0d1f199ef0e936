package nl.participatiesuite.assessment.engine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Detecteert de valkuilen die uit de antwoorden af te leiden zijn. Alleen melden: de niveaus zijn dan al
 * berekend en blijven ongewijzigd.
 */
final class ValkuilDetectie {

    private static final Set<DoelSamenwerking> CONSENSUSDOELEN =
            EnumSet.of(DoelSamenwerking.DRAAGVLAK, DoelSamenwerking.ACCEPTATIE);
    private static final Set<Gevolgen> NADEEL = EnumSet.of(Gevolgen.NEGATIEF, Gevolgen.GEMENGD);

    private ValkuilDetectie() {
    }

    static List<Waarschuwing> detecteer(BeoordelingInvoer invoer, Stap1Uitkomst stap1, Stap3Uitkomst stap3,
                                        Aanspreekpunt aanspreekpunt, Regelset regelset) {
        List<Waarschuwing> waarschuwingen = new ArrayList<>();
        participatieOmDeParticipatie(invoer, stap1).ifPresent(waarschuwingen::add);
        consensusIllusie(invoer, stap3).ifPresent(waarschuwingen::add);
        if (aanspreekpunt instanceof Aanspreekpunt.Bekend bekend && bekend.kernambtenaren().isEmpty()) {
            waarschuwingen.add(new Waarschuwing(Valkuil.GEEN_KERNAMBTENAAR, List.of(),
                    List.of(OnderbouwingCode.GEEN_KERNAMBTENAAR.met(AanspreekpuntBepaling.kernnaam(bekend.kern())))));
        }
        belangenanalyseOnvolledig(invoer, regelset).ifPresent(waarschuwingen::add);
        for (InbrengAdvies advies : stap3.belanghebbenden()) {
            if (advies.gewensteInbreng() != null && advies.gewensteInbreng().hogerDan(advies.niveau())) {
                waarschuwingen.add(new Waarschuwing(Valkuil.VERWACHTINGEN, List.of(advies.naam()), List.of(
                        Stap3Inbreng.verwachtingen(advies.naam(), advies.gewensteInbreng(), advies.niveau()))));
            }
        }
        return waarschuwingen;
    }

    /** "Wenst" is de opgegeven gewensteInbreng: de berekende behoefte is geen wens van de belanghebbende. */
    private static Optional<Waarschuwing> participatieOmDeParticipatie(BeoordelingInvoer invoer,
                                                                                 Stap1Uitkomst stap1) {
        if (stap1.mogelijk()) {
            return Optional.empty();
        }
        List<String> namen = invoer.belanghebbenden().stream()
                .filter(b -> b.gewensteInbreng() != null && b.gewensteInbreng().hogerDan(Niveau.MEEWETEN))
                .map(Belanghebbende::naam)
                .toList();
        if (namen.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Waarschuwing(Valkuil.PARTICIPATIE_OM_DE_PARTICIPATIE, namen,
                List.of(OnderbouwingCode.PARTICIPATIE_OM_DE_PARTICIPATIE.met(Opsomming.van(namen)))));
    }

    private static Optional<Waarschuwing> consensusIllusie(BeoordelingInvoer invoer, Stap3Uitkomst stap3) {
        List<String> doelen = invoer.doelenSamenwerking().stream()
                .filter(CONSENSUSDOELEN::contains)
                .map(DoelSamenwerking::label)
                .toList();
        if (doelen.isEmpty() || stap3.niveau() != Niveau.MEEWETEN) {
            return Optional.empty();
        }
        return Optional.of(new Waarschuwing(Valkuil.CONSENSUS_ILLUSIE, List.of(),
                List.of(OnderbouwingCode.CONSENSUS_ILLUSIE.met(Opsomming.van(doelen)))));
    }

    /**
     * De hinder komt uit de invoer, ook als stap 2 is overgeslagen: wie de hinder draagt, moet ook dan
     * (als meeweter) op de lijst van belanghebbenden staan.
     */
    private static Optional<Waarschuwing> belangenanalyseOnvolledig(BeoordelingInvoer invoer,
                                                                              Regelset regelset) {
        Hinder hinder = Hinder.van(invoer);
        boolean nadeelGenoemd = invoer.belanghebbenden().stream().anyMatch(b -> NADEEL.contains(b.gevolgen()));
        if (hinder.waarde() < regelset.belangenanalyseHinderVanaf() || nadeelGenoemd) {
            return Optional.empty();
        }
        return Optional.of(new Waarschuwing(Valkuil.BELANGENANALYSE_ONVOLLEDIG, List.of(),
                List.of(OnderbouwingCode.BELANGENANALYSE_ONVOLLEDIG.met(
                        Schaalwaarde.beschrijf(hinder.waarde()) + hinder.herkomst()))));
    }
}
