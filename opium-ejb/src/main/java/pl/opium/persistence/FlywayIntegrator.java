package pl.opium.persistence;

import org.flywaydb.core.Flyway;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

/**
 * Migrates the schema before Hibernate validates it. The persistence unit starts before any
 * {@code @Startup} bean, so Flyway must run from inside Hibernate's bootstrap; an integrator is
 * the earliest hook that sees the session factory being built.
 */
public class FlywayIntegrator implements Integrator {

    static final String DATASOURCE = "java:jboss/datasources/OpiumDS";
    private static final Logger LOG = Logger.getLogger(FlywayIntegrator.class.getName());

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                          SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = lookupDataSource();
        var result = Flyway.configure(FlywayIntegrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations(dataSource))
                .load()
                .migrate();
        LOG.info(() -> "Schema migrated: " + result.migrationsExecuted + " migration(s) applied, now at version "
                + result.targetSchemaVersion);
    }

    @Override
    public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release: Flyway holds no resources after migrate()
    }

    /** The shared migrations, and on PostgreSQL its own (triggers H2 cannot run without Java classes). */
    private static String[] locations(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())
                    ? new String[]{"classpath:db/migration", "classpath:db/postgresql"}
                    : new String[]{"classpath:db/migration"};
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database " + DATASOURCE, e);
        }
    }

    private static DataSource lookupDataSource() {
        try {
            return (DataSource) new InitialContext().lookup(DATASOURCE);
        } catch (NamingException e) {
            throw new IllegalStateException("Datasource " + DATASOURCE + " is not configured on the server", e);
        }
    }
}
