package nl.participatiesuite.assessment.traject;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.time.LocalDate;
import nl.participatiesuite.assessment.traject.domain.Fase;

/** The feedback moment that closes a phase, as stored with its trajectory. */
@Embeddable
public class Terugkoppelingsmoment {

    @Enumerated(EnumType.STRING)
    public Fase fase;

    @Column(name = "college_gerapporteerd_op")
    public LocalDate collegeGerapporteerdOp;

    @Column(name = "raad_kaders_vastgesteld_op")
    public LocalDate raadKadersVastgesteldOp;

    public String toelichting;

    @Column(name = "vastgelegd_op")
    public Instant vastgelegdOp;
}
