package nl.participatiesuite.assessment.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Alle onderbouwingscodes, gegroepeerd per regel van domain.md §2, elk met het sjabloon van de Nederlandse
 * zin. De namen zijn stabiel: clients en opgeslagen uitkomsten verwijzen ernaar. Een nieuwe regel krijgt
 * een nieuwe code; een bestaande code verandert niet van betekenis.
 */
public enum OnderbouwingCode {

    // Stap 1 — is samenwerking mogelijk of zinvol?
    /** Stap 1: ruimte, belangen en tijd zijn er alle drie. */
    SAMENWERKING_MOGELIJK("Er is ruimte, er zijn belangen en er is tijd: samenwerking is mogelijk en zinvol. "
            + "Ga verder met stap 2."),
    /** Stap 1: ruimte = nee. */
    GEEN_RUIMTE("Het onderwerp biedt onvoldoende ruimte voor reële alternatieven; samenwerken zou tot "
            + "teleurstelling leiden."),
    /** Stap 1: belangen = nee. */
    GEEN_BELANGEN("Het onderwerp raakt de interesse en belangen van inwoners, organisaties en ondernemers "
            + "onvoldoende."),
    /** Stap 1: tijd = nee. */
    GEEN_TIJD("Er is onvoldoende tijd om samen te werken voordat er besloten moet worden."),
    /** Stap 1 negatief: stap 2 vervalt, stap 3 (meeweten) niet. */
    SAMENWERKING_NIET_MOGELIJK("Samenwerking is niet mogelijk of zinvol: sla stap 2 over, maar informeer in "
            + "stap 3 wel de juiste mensen op de juiste momenten (meeweten)."),

    // Stap 2 — omvang
    /** Stap 2 overgeslagen omdat stap 1 negatief is: intensiteit GEEN, geen samenwerkingsplan. */
    STAP2_OVERGESLAGEN("Stap 2 is overgeslagen omdat samenwerking volgens stap 1 niet mogelijk of zinvol is: "
            + "er is geen intensiteit en geen samenwerkingsplan."),
    /** Stap 2: een niet beantwoorde vraag telt als NIET (0). */
    NIET_INGEVULD_TELT_ALS_NIET("Niet ingevuld en daarom geteld als 0 (niet): %s."),
    /** Stap 2: hinder = hoogste aspect van hinderTijdens en hinderNa. */
    HINDER("De hinder is %s: het hoogste aspect tijdens en na realisatie%s."),
    /** Stap 2: score = max(omvang, maatschappelijkBelang, hinder). */
    SCORE("De score is het hoogste van omvang (%d), maatschappelijk belang (%d) en hinder (%d): %d."),
    /** Stap 2: score tot en met de grens voor LICHT. */
    INTENSITEIT_LICHT("Score %d is hoogstens %d: richt de samenwerking licht en klein in."),
    /** Stap 2: score tussen LICHT en ZWAAR. */
    INTENSITEIT_MIDDEL("Score %d ligt boven %d en onder %d: richt de samenwerking middelzwaar in."),
    /** Stap 2: score vanaf de grens voor ZWAAR. */
    INTENSITEIT_ZWAAR("Score %d is minstens %d: richt de samenwerking zwaar en groot in."),
    /** Stap 2: samenwerkingsplan omdat de intensiteit ZWAAR is. */
    SAMENWERKINGSPLAN_ZWAAR("De intensiteit is zwaar: maak een samenwerkingsplan."),
    /** Stap 2: samenwerkingsplan omdat het onderwerp beladen is. */
    SAMENWERKINGSPLAN_BELADEN("Het maatschappelijk belang is %s, minstens %d: het onderwerp is beladen, "
            + "maak een samenwerkingsplan."),
    /** Stap 2: samenwerkingsplan omdat de hinder groot is. */
    SAMENWERKINGSPLAN_HINDER("De hinder is %s, minstens %d: maak een samenwerkingsplan."),
    /** Stap 2: geen van de redenen voor een samenwerkingsplan. */
    GEEN_SAMENWERKINGSPLAN_NODIG("Geen zware intensiteit, geen beladen onderwerp en geen grote hinder: "
            + "een samenwerkingsplan is niet nodig."),
    /** Stap 2: maatschappelijkeBijdrage vanaf de grens: de bredere groep hoort in de belangenanalyse. */
    BREDERE_GROEP("De maatschappelijke bijdrage is %s, minstens %d: het initiatief levert meerwaarde op voor "
            + "een grotere groep dan de initiatiefnemers; neem die groep op in de belangenanalyse."),

    // Stap 3 — inbreng per belanghebbende
    /** Stap 3: behoefte = weging + opslagen, en het niveau dat daarbij hoort. */
    BEHOEFTE("Behoefte = weging %d + %d (gevolgen %s) + %d (%s) = %d: %s."),
    /** Stap 3: stap 1 negatief begrenst op MEEWETEN. */
    MAXIMUM_SAMENWERKING_NIET_MOGELIJK("Samenwerking is volgens stap 1 niet mogelijk: het niveau wordt "
            + "MEEWETEN in plaats van %s."),
    /** Stap 3: maximum bij de intensiteit van stap 2. */
    MAXIMUM_INTENSITEIT("Bij intensiteit %s is het niveau hoogstens %s in plaats van %s."),
    /** Stap 3: maximum omdat de gemeente beslisser is. */
    MAXIMUM_BESLISSER("De gemeente is beslisser: het niveau is hoogstens %s in plaats van %s."),
    /** Stap 3: trede van de participatieladder bij het niveau. */
    LADDERNIVEAU("Op de participatieladder van de verordening hoort bij %s de trede %s."),
    /** Stap 3: afwijkende trede bij intensiteit LICHT (MEEDENKEN wordt RAADPLEGEN). */
    LADDERNIVEAU_BIJ_LICHT("Bij lichte intensiteit hoort bij %s de trede %s van de participatieladder."),
    /** Stap 3: gewensteInbreng hoger dan het advies (ook als valkuil/waarschuwing gemeld). */
    VERWACHTINGEN("%s wenst %s, maar het advies is %s: leg het verschil uit aan deze belanghebbende."),
    /** Stap 3: niveau van het plan = hoogste niveau van de belanghebbenden. */
    NIVEAU_PLAN("Het niveau van het plan is het hoogste niveau van de belanghebbenden: %s."),
    /** Stap 3: zonder belanghebbenden is het niveau MEEWETEN. */
    GEEN_BELANGHEBBENDEN("Er zijn geen belanghebbenden opgegeven: het niveau van het plan is MEEWETEN."),

    // Stap 4 — werkvormen
    /** Stap 4: werkvormen uit de matrix bij niveau en schaal. */
    WERKVORMEN_MATRIX("Werkvormen bij %s op schaal %s, uit de werkvormenmatrix."),
    /** Stap 4: de middelen van MEEWETEN horen altijd bij het plan. */
    COMMUNICEREN_IS_MEEWETEN("Communiceren = meeweten: de middelen van MEEWETEN op schaal %s horen altijd bij "
            + "het plan."),
    /** Stap 4: volgorde op de gemiddelde waardering uit eerdere evaluaties. */
    VOLGORDE_OP_EFFECTIVITEIT("De volgorde is gebaseerd op %d evaluaties van eerdere trajecten: best gewaardeerde "
            + "werkvormen eerst, nog niet geëvalueerde daarna in de volgorde van de matrix."),
    /** Stap 4: er zijn evaluaties, maar niet van deze werkvormen. */
    NOG_NIET_GEEVALUEERD("Geen van deze werkvormen is eerder geëvalueerd: de volgorde is die van de matrix."),
    /** Stap 4: de evaluation-service is niet bereikbaar. */
    EFFECTIVITEIT_ONBESCHIKBAAR("De evaluaties van eerdere trajecten zijn nu niet beschikbaar: de volgorde is die "
            + "van de matrix."),

    // Rol van de gemeente (kwadrant Coevorden)
    /** Rol: SAMENLEVING zonder bijdrage van de gemeente. */
    ROL_TOESCHOUWER("Het initiatief komt uit de samenleving en heeft de gemeente niet nodig: de gemeente is "
            + "toeschouwer en de regie ligt bij de samenleving."),
    /** Rol: SAMENLEVING met bijdrage van de gemeente. */
    ROL_DEELNEMER("Het initiatief komt uit de samenleving en heeft de gemeente nodig: de gemeente doet actief mee "
            + "als deelnemer, de organisatie blijft bij de samenleving."),
    /** Rol: GEMEENTE die niet zelf hoeft te beslissen. */
    ROL_REGISSEUR("Het initiatief komt van de gemeente, die niet zelf hoeft te beslissen: de gemeente is regisseur "
            + "en de samenleving kan meedoen en meebepalen."),
    /** Rol: GEMEENTE die moet beslissen. */
    ROL_BESLISSER("Het initiatief komt van de gemeente en de gemeente moet beslissen: de gemeente is beslisser; "
            + "inwoners kunnen meedenken of er in ieder geval van weten."),

    // Overheidsparticipatie-rol (Buren)
    /** Overheidsparticipatie: alleen bij initiatieven uit de samenleving. */
    OVERHEIDSPARTICIPATIE_NIET_VAN_TOEPASSING("Het initiatief komt van de gemeente: overheidsparticipatie is niet "
            + "van toepassing."),
    /** Overheidsparticipatie: ondersteuningGevraagd nog niet beantwoord. */
    OVERHEIDSPARTICIPATIE_ONBEANTWOORD("Nog niet bekend is welke ondersteuning de initiatiefnemers vragen: de rol "
            + "van de gemeente bij dit initiatief is nog niet te bepalen."),
    /** Overheidsparticipatie: geen ondersteuning gevraagd en schuurt niet met doelen. */
    STIMULEREN("Er wordt geen ondersteuning gevraagd en het initiatief schuurt niet met de doelen van de gemeente: "
            + "stimuleren, we geven ruimte maar pakken verder geen rol."),
    /** Overheidsparticipatie: geen ondersteuning gevraagd, maar schuurt met doelen. */
    LOSLATEN_SCHUURT_MET_DOELEN("Er wordt geen ondersteuning gevraagd, maar het initiatief schuurt met de doelen "
            + "van de gemeente: loslaten."),
    /** Overheidsparticipatie: past niet bij de ambities van de gemeente. */
    LOSLATEN_PAST_NIET_BIJ_AMBITIES("Het initiatief past niet bij de ambities van de gemeente: loslaten."),
    /** Overheidsparticipatie: geen middelen om te ondersteunen. */
    LOSLATEN_GEEN_MIDDELEN("De gemeente heeft geen middelen om dit initiatief te ondersteunen: loslaten."),
    /** Overheidsparticipatie: bij loslaten wel aandachtspunten meegeven. */
    AANDACHTSPUNTEN_MEEGEVEN("Bij loslaten kan de gemeente de initiatiefnemers wel aandachtspunten meegeven."),
    /** Overheidsparticipatie: middelen gevraagd en beschikbaar. */
    FACILITEREN("De initiatiefnemers vragen middelen, het initiatief past bij de ambities en er zijn middelen: "
            + "faciliteren, bijvoorbeeld met budget, kennis of menskracht."),
    /** Overheidsparticipatie: gemeente gevraagd als mede-initiatiefnemer. */
    COPRODUCEREN("De initiatiefnemers vragen de gemeente als mede-initiatiefnemer, het initiatief past bij de "
            + "ambities en er zijn middelen: coproduceren."),
    /** Overheidsparticipatie: waarschuwing bij coproduceren. */
    TE_VEEL_BEMOEIENIS("Wees hier voorzichtig mee: te veel bemoeienis kan de kracht van een inwonersinitiatief "
            + "tenietdoen."),

    // Startnotitie / participatienotitie voor de raad (Buren 3.3.1)
    /** Startnotitie: plan van de gemeente met de intensiteit van de grens of zwaarder. */
    STARTNOTITIE_INTENSITEIT("Een plan van de gemeente met intensiteit %s: leg een startnotitie of "
            + "participatienotitie voor aan de gemeenteraad."),
    /** Startnotitie: plan van de gemeente over een beladen onderwerp. */
    STARTNOTITIE_BELADEN("Een plan van de gemeente met maatschappelijk belang %s, minstens %d: politiek gevoelig; "
            + "leg een startnotitie of participatienotitie voor aan de gemeenteraad."),
    /** Startnotitie: plan van de gemeente, niet groot en niet gevoelig. */
    STARTNOTITIE_NIET_VEREIST("Geen groot of politiek gevoelig traject: een startnotitie voor de raad is niet "
            + "vereist."),
    /** Startnotitie: initiatief uit de samenleving. */
    STARTNOTITIE_ALLEEN_GEMEENTE("Het initiatief komt uit de samenleving: een startnotitie voor de raad hoort "
            + "alleen bij plannen van de gemeente."),

    // Aanspreekpunt (kernambtenaar uit de registry)
    /** Aanspreekpunt: het plan heeft geen kern. */
    AANSPREEKPUNT_GEEN_KERN("Het plan hoort niet bij één kern: er is geen kernambtenaar als aanspreekpunt."),
    /**
     * Aanspreekpunt: kernambtenaren bekend. De zin noemt de kern, niet de personen: naam en contactgegevens staan
     * alleen in de velden van de kernambtenaren, die persoonsgegevens zijn (domain.md §4).
     */
    KERNAMBTENAAR("Breng vroeg de kernambtenaar van kern %s op de hoogte (naam en contactgegevens: zie de "
            + "kernambtenaren bij dit aanspreekpunt)."),
    /**
     * Aanspreekpunt voor wie de persoonsgegevens van de gemeente niet mag zien (een inwoner zonder token, een
     * andere gemeente): de kern en de weg via de gemeente, niet de eigen contactgegevens van de kernambtenaar.
     */
    KERNAMBTENAAR_VIA_GEMEENTE("Breng vroeg de kernambtenaar van kern %s op de hoogte: neem contact op met de "
            + "gemeente (telefoonnummer 14 gevolgd door het netnummer, of via de website van de gemeente); de "
            + "gemeente brengt u in contact met de kernambtenaar."),
    /** Aanspreekpunt en valkuil: de kern heeft geen kernambtenaar. */
    GEEN_KERNAMBTENAAR("Kern %s heeft geen kernambtenaar: wijs een aanspreekpunt aan voordat de samenwerking "
            + "begint."),
    /** Aanspreekpunt: registry niet bereikbaar; de rest van de uitkomst staat. */
    REGISTER_ONBEREIKBAAR("Het register van kernen is nu niet bereikbaar: de kernambtenaar van kern %s ontbreekt "
            + "in deze uitkomst. Breng vroeg de kernambtenaar op de hoogte."),

    // Verplichte participatie (domain.md §6, Omgevingswet art. 16.55 lid 7)
    /** Het plan valt onder een geval dat de raad heeft aangewezen. */
    PARTICIPATIE_VERPLICHT("Participatie is verplicht: de gemeenteraad wees het geval \"%s\" aan (besluit %s van %s). "
            + "Een aanvraag omgevingsvergunning zonder participatie is onvolledig."),
    /** Het plan valt onder geen aangewezen geval. */
    PARTICIPATIE_NIET_VERPLICHT("Het plan valt onder geen geval waarin de gemeenteraad participatie verplicht heeft "
            + "gesteld; participatie blijft wel gewenst waar de samenwerkingswijzer dat adviseert."),

    // Valkuilen (Noordoostpolder)
    /** Valkuil: stap 1 negatief, maar een belanghebbende wenst meer dan MEEWETEN. */
    PARTICIPATIE_OM_DE_PARTICIPATIE("Samenwerking is volgens stap 1 niet mogelijk of zinvol, maar %s wenst meer "
            + "dan meeweten: begin geen participatietraject om de participatie; leg uit waarom informeren volstaat."),
    /** Valkuil: draagvlak of acceptatie als doel terwijl het niveau MEEWETEN is. */
    CONSENSUS_ILLUSIE("Het doel is %s, maar het niveau is MEEWETEN: draagvlak en consensus ontstaan niet vanzelf "
            + "door te informeren."),
    /** Valkuil: hinder vanaf de grens maar niemand met negatieve of gemengde gevolgen. */
    BELANGENANALYSE_ONVOLLEDIG("De hinder is %s, maar geen belanghebbende heeft negatieve of gemengde gevolgen: de "
            + "groepen die de hinder dragen ontbreken, denk aan groepen die een groot belang hebben maar weinig "
            + "invloed.");

    private final String sjabloon;
    /** The text between the placeholders: one more than there are placeholders. */
    private final String[] delen;
    /** Per placeholder: true for %d (a whole number), false for %s. */
    private final boolean[] getallen;

    OnderbouwingCode(String sjabloon) {
        this.sjabloon = sjabloon;
        List<String> tekst = new ArrayList<>();
        List<Boolean> soort = new ArrayList<>();
        int begin = 0;
        for (int i = sjabloon.indexOf('%'); i >= 0; i = sjabloon.indexOf('%', begin)) {
            char teken = i + 1 < sjabloon.length() ? sjabloon.charAt(i + 1) : ' ';
            if (teken != 's' && teken != 'd') {
                throw new IllegalArgumentException("Alleen %s en %d: " + sjabloon);
            }
            tekst.add(sjabloon.substring(begin, i));
            soort.add(teken == 'd');
            begin = i + 2;
        }
        tekst.add(sjabloon.substring(begin));
        this.delen = tekst.toArray(String[]::new);
        this.getallen = new boolean[soort.size()];
        for (int i = 0; i < getallen.length; i++) {
            getallen[i] = soort.get(i);
        }
    }

    public String sjabloon() {
        return sjabloon;
    }

    /**
     * The reason with its values filled in: what {@code String.format} gives for these templates (%d of a whole
     * number is its digits, also in Dutch), without parsing the template for every reason of every computation.
     */
    public Onderbouwing met(Object... argumenten) {
        if (argumenten.length < getallen.length) {
            throw new IllegalArgumentException(name() + " heeft " + getallen.length + " waarden nodig");
        }
        StringBuilder tekst = new StringBuilder(sjabloon.length() + 16 * getallen.length).append(delen[0]);
        for (int i = 0; i < getallen.length; i++) {
            Object waarde = argumenten[i];
            if (getallen[i] && waarde != null && !(waarde instanceof Integer || waarde instanceof Long)) {
                throw new IllegalArgumentException(name() + ": %d vraagt een geheel getal, niet " + waarde);
            }
            tekst.append(waarde).append(delen[i + 1]);
        }
        return new Onderbouwing(this, tekst.toString());
    }
}
