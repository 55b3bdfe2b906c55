package pl.opium.it;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/** Which database the server runs on, for benchmark output (the build's profile is not visible inside the server). */
final class ServerDatabase {

    private ServerDatabase() {
    }

    static String of(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion();
        }
    }
}
