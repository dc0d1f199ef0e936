package nl.participatiesuite.evaluation.evaluatie;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A succesfactor, leerpunt or knelpunt, and whether it has been laid down in the rules yet. */
@Embeddable
public class Les {

    @Enumerated(EnumType.STRING)
    public Lessoort soort;

    public String tekst;

    /** True when the lesson has been embedded in rules or working agreements (*in regels*). */
    @Column(name = "in_regels")
    public boolean inRegels;
}
