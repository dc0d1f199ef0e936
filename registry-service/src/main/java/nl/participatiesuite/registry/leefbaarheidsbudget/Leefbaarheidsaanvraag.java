package nl.participatiesuite.registry.leefbaarheidsbudget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import nl.participatiesuite.apirules.data.VersionedEntity;

/** A request for money from a leefbaarheidsbudget, decided once. */
@Entity
@Table(name = "leefbaarheidsaanvraag")
public class Leefbaarheidsaanvraag extends VersionedEntity {

    @Column(name = "budget_id", updatable = false)
    public UUID budgetId;

    @Column(name = "initiatief_id")
    public UUID initiatiefId;

    public String aanvrager;

    public String omschrijving;

    @Column(name = "gevraagd_bedrag")
    public BigDecimal gevraagdBedrag;

    @Enumerated(EnumType.STRING)
    public AanvraagStatus status;

    @Column(name = "toegekend_bedrag")
    public BigDecimal toegekendBedrag;

    @Column(name = "besluit_reden")
    public String besluitReden;

    @Column(name = "besloten_op")
    public Instant beslotenOp;

    public boolean isBesloten() {
        return status != AanvraagStatus.INGEDIEND;
    }
}
