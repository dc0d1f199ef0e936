package nl.participatiesuite.registry.kernambtenaar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.participatiesuite.apirules.audit.Auditeerbaar;
import nl.participatiesuite.apirules.data.VersionedEntity;
import nl.participatiesuite.apirules.security.Persoonsgegeven;
import nl.participatiesuite.registry.kern.Kern;

/** A civil servant who connects one or more kernen with the organisation. */
@Entity
@Table(name = "kernambtenaar")
public class Kernambtenaar extends VersionedEntity implements Auditeerbaar {

    public static final String RESOURCE = "kernambtenaren";

    @Column(name = "gemeente_code")
    public String gemeente;

    @Persoonsgegeven
    public String naam;

    @Persoonsgegeven
    public String email;

    @Persoonsgegeven
    public String telefoon;

    @ManyToMany
    @JoinTable(name = "kernambtenaar_kern",
            joinColumns = @JoinColumn(name = "kernambtenaar_id"),
            inverseJoinColumns = @JoinColumn(name = "kern_id"))
    public Set<Kern> kernen = new LinkedHashSet<>();

    @Override
    public Hoofdobject hoofdobject() {
        return new Hoofdobject(RESOURCE, id.toString(), gemeente, Hoofdobject.kernIds(kernen, kern -> kern.id));
    }
}
