package nl.participatiesuite.registry.leefbaarheidsbudget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.apirules.data.VersionedEntity;
import nl.participatiesuite.apirules.security.Persoonsgegeven;

/** A request for money from a leefbaarheidsbudget, decided once; part of the budget's audit trail. */
@Entity
@Table(name = "leefbaarheidsaanvraag")
public class Leefbaarheidsaanvraag extends VersionedEntity implements Auditeerbaar {

    @Column(name = "budget_id", updatable = false)
    public UUID budgetId;

    /** The same column, read-only: the whole this aanvraag is part of (its gemeente, for the audit trail). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "budget_id", insertable = false, updatable = false)
    Leefbaarheidsbudget budget;

    @Column(name = "initiatief_id")
    public UUID initiatiefId;

    /** Who asks: an inwoner (a natural person) as well as a group or organisation, so personal data (domain.md §4). */
    @Persoonsgegeven
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

    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(Leefbaarheidsbudget.RESOURCE, budgetId.toString(), budget.gemeente);
    }
}
