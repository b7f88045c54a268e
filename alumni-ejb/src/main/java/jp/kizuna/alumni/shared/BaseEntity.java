package jp.kizuna.alumni.shared;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import java.io.Serializable;

/**
 * Identity and optimistic locking for every aggregate. Ids come from one sequence that hands out
 * blocks of 50, so inserts need no round trip per row and JDBC batch writing stays effective
 * (an identity column would force one insert per statement).
 * Serializable because pages keep entities in their view state, which a cluster copies to another node.
 */
@MappedSuperclass
public abstract class BaseEntity implements Serializable {

    @Id
    @SequenceGenerator(name = "alumni_id", sequenceName = "alumni_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "alumni_id")
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public boolean isNew() {
        return id == null;
    }

    /**
     * For a row written by plain JDBC instead of the persistence context (bulk HR
     * synchronisation): the id it was given from the same sequence, and the version EclipseLink
     * would have written.
     */
    protected final void insertedAs(long newId) {
        if (id != null) {
            throw new IllegalStateException(getClass().getSimpleName() + " " + id + " was already stored");
        }
        id = newId;
        version = 1;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass() || id == null) {
            return false;
        }
        return id.equals(((BaseEntity) other).id);
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
