package nl.participatiesuite.assessment.engine;

import java.util.List;

/**
 * Geworpen wanneer de engine of de checklist wordt aangeroepen met invoer die de validatie niet doorstaat.
 * Draagt alle overtredingen tegelijk, zodat de REST-laag ze als één 400 met {@code invalidParams} kan melden.
 */
public class OngeldigeInvoerException extends IllegalArgumentException {

    private final transient List<Overtreding> overtredingen;

    public OngeldigeInvoerException(List<Overtreding> overtredingen) {
        super("Ongeldige invoer: " + overtredingen.size() + " overtreding(en)");
        this.overtredingen = List.copyOf(overtredingen);
    }

    public List<Overtreding> overtredingen() {
        return overtredingen;
    }
}
