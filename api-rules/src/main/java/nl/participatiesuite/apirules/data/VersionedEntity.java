package nl.participatiesuite.apirules.data;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/** A {@link VersionedRecord} identified by a UUID: the identity, version (the ETag) and audit times of most entities. */
@MappedSuperclass
public abstract class VersionedEntity extends VersionedRecord {

    @Id
    public UUID id = UUID.randomUUID();
}
